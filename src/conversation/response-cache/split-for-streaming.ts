import { findSentenceEnd } from "../../guardrails/find-sentence-end.ts";

/** A stored answer cut at sentence ends, so a cached reply streams in pieces like a generated one. */
export function splitForStreaming(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  for (let end = findSentenceEnd(rest); end !== undefined && end < rest.length; end = findSentenceEnd(rest)) {
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest) pieces.push(rest);
  return pieces;
}
