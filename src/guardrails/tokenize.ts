import { foldText } from "../i18n/fold-text.ts";

// Function words of the five languages; they carry no topic.
const stopwords = new Set(
  (
    "a an the is are was were be been am do does did can could should would will i you he she it we they me my your our " +
    "their this that these those of to in on at for with from by about as and or but not no if than then so what why how " +
    "when where which who there here have has had any some just please " +
    "el la los las un una unos unas es son de del al y o que en por para con su sus tu tus mi mis yo usted como cual " +
    "porque por que lo le les se no si mas muy ya este esta estos estas ese esa " +
    "le la les un une des est sont de du au aux et ou que qui en pour par avec sur son sa ses ton ta tes mon ma mes je " +
    "tu il elle nous vous ils ce cet cette pourquoi comment pas ne plus tres " +
    "der die das ein eine einen dem den des ist sind und oder zu im in mit von fur auf ich du er sie es wir ihr mein " +
    "meine dein deine ihre warum wie was nicht kein keine als bei ob dass"
  ).split(" "),
);

const hanRun = /\p{Script=Han}+/gu;
const spacedWord = /[\p{L}\p{N}']+/gu;

/** Crude stem: a shared five-letter prefix is enough to tie "comparing" to "compare", "products" to "product". */
function stem(word: string): string {
  if (word.length >= 6) return word.slice(0, 5);
  return word.length >= 4 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Content tokens of a text: stemmed words for spaced scripts, character bigrams for Han. */
export function contentTokens(text: string): Set<string> {
  const folded = foldText(text).text;
  const tokens = new Set<string>();
  for (const match of folded.replace(hanRun, " ").matchAll(spacedWord)) {
    const word = match[0].replace(/^'+|'+$/g, "");
    if (word.length < 2 || stopwords.has(word)) continue;
    tokens.add(stem(word));
  }
  for (const match of folded.matchAll(hanRun)) {
    const run = match[0];
    if (run.length === 1) tokens.add(run);
    for (let index = 0; index + 1 < run.length; index++) tokens.add(run.slice(index, index + 2));
  }
  return tokens;
}

/** Share of `reference` tokens that also occur in `tokens`. */
export function coverage(tokens: ReadonlySet<string>, reference: ReadonlySet<string>): number {
  if (reference.size === 0) return 0;
  let shared = 0;
  for (const token of reference) if (tokens.has(token)) shared++;
  return shared / reference.size;
}
