import type { Detection } from "./types.ts";

// Local part and domain labels per RFC 5322 "dot-atom", plus internationalized letters.
const email =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

/** Finds e-mail addresses. */
export function recognizeEmailAddresses(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(email)) {
    detections.push({ type: "EMAIL", category: "PII", start: match.index, end: match.index + match[0].length, score: 0.99 });
  }
  return detections;
}
