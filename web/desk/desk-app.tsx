import { useCallback, useEffect, useState } from "react";
import { api } from "../shared/console-api.ts";
import { renderMarkdown } from "../shared/render-markdown.tsx";
import { SignIn, signOut, useSignIn } from "../shared/sign-in.tsx";
import { useCustomerTyping, useDeskLive, type DeskLive } from "./desk-live.ts";
import { NotesPanel, type DeskNote } from "./notes-panel.tsx";
import "./desk-live.css";

interface QueueEntry {
  position: number;
  conversationId: string;
  status: "waiting" | "claimed";
  agent: string | null;
  reasons: Array<{ trigger: string; detail?: string }>;
  summary: string;
  createdAt: string;
}

interface DeskMessage {
  id: string;
  role: "user" | "assistant" | "agent" | "system";
  text: string;
  citations?: Array<{ index: number; title?: string; url?: string | null }>;
  createdAt: string;
}

interface DeskConversation {
  conversation: { id: string; status: string; language: string | null; customer?: { email?: string | null; name?: string | null; tier?: string } };
  handoff: {
    status: string;
    agent: string | null;
    package: {
      summary: string;
      suggestedReply: string | null;
      reasons: Array<{ trigger: string; detail?: string }>;
      sentimentTrend: number[];
      kbArticles: Array<{ externalId: string; title: string }>;
      order?: { orderId?: string; id?: string; status?: string; [key: string]: unknown };
    };
  } | null;
  messages: DeskMessage[];
  notes: DeskNote[];
}

// Only while the live channel is down: then the desk reads the queue and conversation itself.
const pollMs = 3000;
const reasonLabel = (trigger: string) => trigger.replace(/_/g, " ");

/** The agent desk: the escalation queue and one conversation at a time. */
export function DeskApp() {
  const [who, setWho] = useSignIn();
  if (who === undefined) return <p className="loading">Loading…</p>;
  if (!who) return <SignIn product="Agent desk" onSignedIn={setWho} />;
  return <Desk label={who.label} onSignOut={() => void signOut().then(() => setWho(null))} />;
}

function Desk({ label, onSignOut }: { label: string; onSignOut: () => void }) {
  const [queue, setQueue] = useState<QueueEntry[]>([]);
  const [selected, setSelected] = useState<string>();
  const [error, setError] = useState<string>();
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const live = useDeskLive();

  const loadQueue = useCallback(async () => {
    try {
      setQueue((await api<{ queue: QueueEntry[] }>("/v1/desk/queue")).queue);
      setError(undefined);
    } catch (caught) {
      setError((caught as Error).message);
    }
  }, []);
  useEffect(() => {
    void loadQueue();
    if (live.status === "live") return;
    const timer = setInterval(() => void loadQueue(), pollMs);
    return () => clearInterval(timer);
  }, [loadQueue, live.status]);
  useEffect(
    () =>
      live.subscribe((frame) => {
        if (frame.type === "handoff.created") setFresh((current) => new Set(current).add(frame.conversationId));
        if (["handoff.created", "handoff.claimed", "conversation.status"].includes(frame.type)) void loadQueue();
      }),
    [live, loadQueue],
  );

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Switchboard</span>
        <span className="product">Agent desk</span>
        <span className="spacer" />
        <span className={`live-status ${live.status}`} role="status">
          {live.status === "live" ? "Live" : live.status === "connecting" ? "Connecting…" : "Reconnecting…"}
        </span>
        <span className="who">{label}</span>
        <button type="button" className="button ghost" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <div className="desk">
        <nav className="queue" aria-label="Escalated conversations">
          <h2>
            Queue <span className="count">{queue.length}</span>
          </h2>
          {error && <p className="form-error" role="alert">{error}</p>}
          {queue.length === 0 && <p className="empty">Nobody is waiting. New escalations appear here.</p>}
          <ul>
            {queue.map((entry) => (
              <li key={entry.conversationId}>
                <button type="button" className={`queue-item${selected === entry.conversationId ? " selected" : ""}${fresh.has(entry.conversationId) ? " fresh" : ""}`} aria-current={selected === entry.conversationId || undefined} onClick={() => setSelected(entry.conversationId)}>
                  <span className="queue-line">
                    <span className={`pill ${entry.status}`}>{entry.status === "waiting" ? `#${entry.position} waiting` : `claimed${entry.agent ? ` · ${entry.agent}` : ""}`}</span>
                    <time dateTime={entry.createdAt}>{new Date(entry.createdAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}</time>
                  </span>
                  <span className="queue-summary">{entry.summary}</span>
                  <span className="queue-reasons">{entry.reasons.map((reason) => reasonLabel(reason.trigger)).join(", ")}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="detail">
          {selected ? <ConversationView key={selected} id={selected} live={live} onChanged={() => void loadQueue()} /> : <p className="empty center">Choose a conversation from the queue.</p>}
        </main>
      </div>
    </div>
  );
}

function ConversationView({ id, live, onChanged }: { id: string; live: DeskLive; onChanged: () => void }) {
  const [data, setData] = useState<DeskConversation>();
  const [reply, setReply] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const loaded = await api<DeskConversation>(`/v1/desk/conversations/${id}`);
      setData(loaded);
      setReply((current) => current ?? loaded.handoff?.package.suggestedReply ?? "");
    } catch (caught) {
      setError((caught as Error).message);
    }
  }, [id]);
  useEffect(() => {
    void load();
    if (live.status === "live") return;
    const timer = setInterval(() => void load(), pollMs);
    return () => clearInterval(timer);
  }, [load, live.status]);
  const addNote = (note: DeskNote) => setData((current) => current && (current.notes.some((known) => known.id === note.id) ? current : { ...current, notes: [...current.notes, note] }));
  useEffect(
    () =>
      live.subscribe((frame) => {
        if (frame.conversationId !== id) return;
        if (frame.type === "customer.message" || frame.type === "agent.message") {
          const message = frame.message as DeskMessage;
          setData((current) => current && (current.messages.some((known) => known.id === message.id) ? current : { ...current, messages: [...current.messages, message] }));
        }
        if (frame.type === "note.added") addNote(frame.note as DeskNote);
        if (frame.type === "handoff.claimed" || frame.type === "conversation.status") void load();
      }),
    [live, id, load],
  );
  const customerTyping = useCustomerTyping(live, id);
  const [drafting, setDrafting] = useState(false);
  // A fresh draft from the suggest_reply task replaces both the suggestion and the reply box.
  const redraft = async () => {
    setDrafting(true);
    setError(undefined);
    try {
      const { suggestedReply } = await api<{ suggestedReply: { text: string } }>(`/v1/desk/conversations/${id}/suggested-reply`, { method: "POST" });
      setReply(suggestedReply.text);
      setData((current) => (current?.handoff ? { ...current, handoff: { ...current.handoff, package: { ...current.handoff.package, suggestedReply: suggestedReply.text } } } : current));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setDrafting(false);
    }
  };

  const act = async (action: "claim" | "release" | "resolve" | "send") => {
    setBusy(true);
    setError(undefined);
    try {
      if (action === "send") {
        await api(`/v1/desk/conversations/${id}/messages`, { body: { text: reply ?? "" } });
        setReply("");
      } else {
        await api(`/v1/desk/conversations/${id}/${action}`, { method: "POST" });
      }
      await load();
      onChanged();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (!data) return <p className="loading">{error ?? "Loading…"}</p>;
  const handoff = data.handoff;
  const pack = handoff?.package;
  const holding = data.conversation.status === "escalated";
  const claimed = handoff?.status === "claimed";
  const customer = data.conversation.customer;
  return (
    <div className="conversation">
      <header className="conversation-header">
        <div>
          <h1>{customer?.name || customer?.email || "Anonymous customer"}</h1>
          <p className="meta">
            {[data.conversation.language?.toUpperCase(), customer?.tier, data.conversation.status, claimed && handoff?.agent ? `held by ${handoff.agent}` : null].filter(Boolean).join(" · ")}
          </p>
        </div>
        <div className="actions">
          {holding && !claimed && (
            <button type="button" className="button primary" disabled={busy} onClick={() => void act("claim")}>
              Claim
            </button>
          )}
          {holding && (
            <button type="button" className="button" disabled={busy} onClick={() => void act("release")}>
              Release to AI
            </button>
          )}
          {holding && (
            <button type="button" className="button" disabled={busy} onClick={() => void act("resolve")}>
              Resolve
            </button>
          )}
        </div>
      </header>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="conversation-body">
        <section className="transcript-pane" aria-label="Transcript">
          <ol className="desk-transcript" aria-live="polite">
            {data.messages.map((message) => (
              <li key={message.id} className={`desk-message ${message.role}`}>
                <span className="desk-author">{message.role === "user" ? "Customer" : message.role === "agent" ? "Agent" : "Assistant"}</span>
                <div className="desk-bubble">{message.role === "user" ? <p>{message.text}</p> : renderMarkdown(message.text, { citations: message.citations ?? [], base: location.origin, sourceLabel: "Source" })}</div>
              </li>
            ))}
          </ol>
          {customerTyping && (
            <p className="typing-line" role="status">
              <span className="typing-dots" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
              Customer is typing…
            </p>
          )}
          {holding && (
            <form
              className="reply"
              onSubmit={(event) => {
                event.preventDefault();
                if (reply?.trim()) void act("send");
              }}
            >
              <label htmlFor="reply-text">{pack?.suggestedReply ? "Reply (AI suggestion, edit freely)" : "Reply"}</label>
              <textarea
                id="reply-text"
                rows={4}
                value={reply ?? ""}
                onChange={(event) => {
                  setReply(event.target.value);
                  live.typing(id);
                }}
                disabled={!claimed}
                placeholder={claimed ? "Write to the customer…" : "Claim the conversation to reply"}
              />
              <div className="reply-actions">
                {pack?.suggestedReply && (
                  <button type="button" className="button ghost" disabled={!claimed} onClick={() => setReply(pack.suggestedReply ?? "")}>
                    Use suggestion
                  </button>
                )}
                <button type="button" className="button ghost" disabled={!claimed || drafting} onClick={() => void redraft()}>
                  {drafting ? "Drafting…" : pack?.suggestedReply ? "Regenerate suggestion" : "Suggest a reply"}
                </button>
                <button type="submit" className="button primary" disabled={busy || !claimed || !reply?.trim()}>
                  Send
                </button>
              </div>
            </form>
          )}
        </section>
        <aside className="handoff" aria-label="Handoff package and notes">
          {pack && (
            <>
              <section>
                <h2>Summary</h2>
                <p>{pack.summary}</p>
              </section>
              <section>
                <h2>Why it came to you</h2>
                <ul className="chips">
                  {pack.reasons.map((reason, index) => (
                    <li key={index} className="chip" title={reason.detail}>
                      {reasonLabel(reason.trigger)}
                    </li>
                  ))}
                </ul>
              </section>
              <section>
                <h2>Sentiment</h2>
                <Sparkline values={pack.sentimentTrend} />
              </section>
              {pack.order && (
                <section>
                  <h2>Order</h2>
                  <dl className="order">
                    {Object.entries(pack.order)
                      .filter(([, value]) => ["string", "number"].includes(typeof value))
                      .slice(0, 8)
                      .map(([key, value]) => (
                        <div key={key}>
                          <dt>{key}</dt>
                          <dd>{String(value)}</dd>
                        </div>
                      ))}
                  </dl>
                </section>
              )}
              <section>
                <h2>Knowledge-base articles</h2>
                {pack.kbArticles.length ? (
                  <ul className="articles">
                    {pack.kbArticles.map((article) => (
                      <li key={article.externalId}>{article.title}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="empty">None cited.</p>
                )}
              </section>
            </>
          )}
          <NotesPanel conversationId={id} notes={data.notes} onAdded={addNote} />
        </aside>
      </div>
    </div>
  );
}

/** Customer sentiment per message, -1..1, oldest first. */
function Sparkline({ values }: { values: number[] }) {
  if (!values.length) return <p className="empty">No customer messages scored.</p>;
  const width = 220;
  const height = 48;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((value, index) => `${(index * step).toFixed(1)},${((1 - (value + 1) / 2) * height).toFixed(1)}`).join(" ");
  const last = values[values.length - 1];
  const mood = last < -0.3 ? "negative" : last > 0.3 ? "positive" : "neutral";
  return (
    <figure className="sparkline">
      <svg viewBox={`-4 -4 ${width + 8} ${height + 8}`} width={width} height={height} role="img" aria-label={`Sentiment of ${values.length} messages, latest ${last.toFixed(2)} (${mood})`}>
        <line x1="0" x2={width} y1={height / 2} y2={height / 2} className="baseline" />
        <polyline points={points} className={`trend ${mood}`} />
      </svg>
      <figcaption>Latest: {mood}</figcaption>
    </figure>
  );
}
