import type { Detection } from "./types.ts";

// Local part and domain labels per RFC 5322 "dot-atom", with accented Latin letters. Han letters are
// left out: Chinese text runs straight into an address ("邮箱是wang.li@163.com") with no space.
const email =
  /(?<![\p{Script=Latin}\p{N}._%+-])[\p{Script=Latin}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{Script=Latin}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{Script=Latin}\p{N}](?:[\p{Script=Latin}\p{N}-]{0,61}[\p{Script=Latin}\p{N}])?\.)+\p{Script=Latin}{2,24}(?![\p{Script=Latin}\p{N}-])/gu;

/** Finds e-mail addresses. */
export function recognizeEmailAddresses(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(email)) {
    detections.push({ type: "EMAIL", category: "PII", start: match.index, end: match.index + match[0].length, score: 0.99 });
  }
  return detections;
}
