/** A stretch of folded text that a negation can reach across; `start` is its offset in the text. */
export interface Clause {
  text: string;
  start: number;
}

// A negation rarely reaches past punctuation or a contrast word: in "no, I want a human" and
// "I don't need help, but get me an agent" the request stands on its own.
const boundary =
  /[.!?;,:()\n。！？；，、…]+|\s(?:but|however|pero|sino|aunque|mais|cependant|aber|doch|sondern|jedoch)\s|(?<!不)但是?|不过|可是|而是/gu;

/** Splits folded text into clauses at punctuation and contrast words. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const index = match.index ?? 0;
    if (index > start) clauses.push({ text: text.slice(start, index), start });
    start = index + match[0].length;
  }
  if (start < text.length) clauses.push({ text: text.slice(start), start });
  return clauses.filter((clause) => clause.text.trim() !== "");
}
