// Order numbers, model numbers, URLs and e-mail addresses say nothing about the language
// around them, yet n-gram models read them as text. Codes are Latin letters and digits only,
// so a code glued to Chinese text ("订单NL-100234还没到") leaves the Chinese in place.
const codeLike =
  /https?:\/\/[^\s\p{Script=Han}]+|[^\s@\p{Script=Han}]+@[^\s@\p{Script=Han}]+|[\p{Script=Latin}\p{N}#\-_/.]*\p{N}[\p{Script=Latin}\p{N}#\-_/.]*/gu;

/** Removes tokens that carry no language: codes with a digit, URLs, e-mail addresses. */
export function stripCodes(text: string): string {
  return text.replace(codeLike, " ").replace(/\s+/gu, " ").trim();
}
