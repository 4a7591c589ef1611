import type { TurnContext } from "./turn-context.ts";

/**
 * Answers the turn with a fixed text no model wrote (a refusal, a handoff notice). Later steps see
 * an answer already there and skip retrieval and generation; the text is streamed when the answer
 * is persisted, so clients rendering deltas show it like any answer.
 */
export function setFixedReply(context: TurnContext, text: string): void {
  context.answer = { text, model: null, usage: { inputTokens: 0, outputTokens: 0 }, status: "complete", unstreamed: text };
}

/** Adds a fixed text after the answer (a handoff notice after the model's reply). */
export function appendToReply(context: TurnContext, text: string): void {
  const answer = context.answer;
  if (!answer || !answer.text) {
    setFixedReply(context, text);
    return;
  }
  const addition = `\n\n${text}`;
  answer.text += addition;
  answer.unstreamed = (answer.unstreamed ?? "") + addition;
}
