const hanRun = /\p{Script=Han}+/gu;
const wordToken = /[\p{L}\p{N}][\p{L}\p{N}'’\-_.#]*/gu;

/** Counts words the way a reader would: whitespace tokens, and Han text at about two characters a word. */
export function countWords(text: string): number {
  let count = 0;
  // Chinese has no spaces; modern words average close to two characters.
  const withoutHan = text.replace(hanRun, (run) => {
    count += Math.ceil(run.length / 2);
    return " ";
  });
  return count + (withoutHan.match(wordToken)?.length ?? 0);
}
