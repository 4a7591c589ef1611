import type { ModelAnswer } from "./converse-types.ts";
import type { MalformedJsonStyle } from "./fault-injector.ts";

// The two ways real models break JSON-only answers: stopping midway, and chatting around the object.
function malform(text: string, style: MalformedJsonStyle): string {
  if (style === "prose") return `Sure! Here is the JSON you asked for:\n\n${text}\n\nLet me know if you need anything else.`;
  const trimmed = [...text.trimEnd()];
  // Any proper prefix of an object or array is invalid JSON; half of it looks like a cut-off stream.
  return trimmed.slice(0, Math.max(1, Math.floor(trimmed.length / 2))).join("");
}

/** The answer with its text made malformed JSON (tool calls stay intact: Bedrock validates those). */
export function malformJsonAnswer(answer: ModelAnswer, style: MalformedJsonStyle): ModelAnswer {
  return { ...answer, content: answer.content.map((block) => ("text" in block ? { text: malform(block.text, style) } : block)) };
}
