import type { Detection } from "./types.ts";

export interface CompiledRegex {
  name: string;
  /** Compiled with `compileCustomRegex`, which adds the flags this recognizer relies on. */
  pattern: RegExp;
}

/**
 * Finds matches of policy regexes. A named group `value` narrows the finding to that group, so a
 * pattern can use a keyword for context ("password: …") without anonymizing the keyword itself.
 */
export function recognizeCustomRegexes(text: string, regexes: readonly CompiledRegex[]): Detection[] {
  const detections: Detection[] = [];
  for (const regex of regexes) {
    for (const match of text.matchAll(regex.pattern)) {
      if (match[0].length === 0) continue;
      const valueSpan = match.indices?.groups?.value;
      const [start, end] = valueSpan && valueSpan[1] > valueSpan[0] ? valueSpan : [match.index, match.index + match[0].length];
      detections.push({ type: regex.name, category: "REGEX", start, end, score: 1 });
    }
  }
  return detections;
}
