/** Letters in a text by writing system; digits, punctuation and symbols are not counted. */
export interface ScriptCounts {
  han: number;
  /** Japanese kana and Korean hangul: CJK text that is not Chinese. */
  otherCjk: number;
  latin: number;
  other: number;
}

const han = /\p{Script=Han}/u;
const otherCjk = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const latin = /\p{Script=Latin}/u;
const letter = /\p{L}/u;

/** Counts the letters of each writing system in `text`. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, otherCjk: 0, latin: 0, other: 0 };
  for (const character of text) {
    if (han.test(character)) counts.han += 1;
    else if (otherCjk.test(character)) counts.otherCjk += 1;
    else if (latin.test(character)) counts.latin += 1;
    else if (letter.test(character)) counts.other += 1;
  }
  return counts;
}
