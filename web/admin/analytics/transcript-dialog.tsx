import { useEffect, useRef, useState } from "react";
import { api } from "../../shared/console-api.ts";
import type { ConversationReview } from "./analytics-api.ts";
import { humanize } from "./format.ts";
import { RuleBreakdown } from "./rule-breakdown.tsx";

const authorOf: Record<string, string> = { user: "Customer", assistant: "Assistant", agent: "Agent", system: "System" };

/** One conversation for review in a modal dialog: transcript, thumbs, rating, handoffs and the score's rules. */
export function TranscriptDialog({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [review, setReview] = useState<ConversationReview>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    dialog.current?.showModal();
    api<ConversationReview>(`/v1/admin/conversations/${conversationId}`).then(setReview, (caught: Error) => setError(caught.message));
  }, [conversationId]);
  return (
    <dialog ref={dialog} className="transcript-dialog" aria-labelledby="transcript-title" onClose={onClose}>
      <div className="dialog-header">
        <h2 id="transcript-title" className="panel-title">Conversation review</h2>
        <button type="button" className="button ghost" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!review && !error && <p className="loading">Loading…</p>}
      {review && (
        <div className="review">
          <p className="meta">
            {review.conversation.status} · {review.conversation.language ?? "language unknown"} · started {new Date(review.conversation.createdAt).toLocaleString()}
            {review.csat && ` · rated ${review.csat.rating}/5${review.csat.comment ? ` “${review.csat.comment}”` : ""}`}
          </p>
          {review.handoffs.map((handoff) => (
            <p key={handoff.id} className="handoff-line">
              Handed to a person ({handoff.status}{handoff.agent ? `, ${handoff.agent}` : ""}): {handoff.reasons.map((reason) => humanize(reason.trigger)).join(", ")}
            </p>
          ))}
          {review.guardrailEvents.length > 0 && (
            <p className="handoff-line">
              Guardrails: {review.guardrailEvents.map((event) => `${event.action.toLowerCase()} ${event.types.join(", ") || event.categories.join(", ")} on ${event.source.toLowerCase()}`).join("; ")}
            </p>
          )}
          <ol className="desk-transcript">
            {review.messages.map((message) => (
              <li key={message.id} className={`desk-message ${message.role}`}>
                <span className="desk-author">
                  {authorOf[message.role] ?? message.role}
                  {message.noAnswer && " · no answer"}
                  {message.feedback && ` · thumbs ${message.feedback}`}
                </span>
                <div className="desk-bubble">
                  <p>{message.text}</p>
                </div>
              </li>
            ))}
          </ol>
          {review.judgement && (
            <div className="judgement">
              <h3 className="panel-title">Model judge {review.judgement.score} / 5</h3>
              <ul>
                {review.judgement.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <p className="sub">{review.judgement.modelId}</p>
            </div>
          )}
          {review.quality && (
            <>
              <h3 className="panel-title">Quality {review.quality.score} / 100</h3>
              <RuleBreakdown rules={review.quality.rules} />
            </>
          )}
        </div>
      )}
    </dialog>
  );
}
