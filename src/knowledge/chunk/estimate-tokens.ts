/**
 * Token counts here are estimates, not a tokenizer: chunk sizes only need to be about right,
 * and this runs over every character of every document.
 *
 * - Each CJK character (Han, kana, Hangul, CJK punctuation, full-width forms) counts as one
 *   token: subword tokenizers give most of them a token of their own.
 * - Everything else, spaces included, counts as a quarter token: English averages about four
 *   characters, or three quarters of a word, per token.
 *
 * Counting is done in quarter tokens so that a span's count is a difference of two prefix sums
 * (see token-counter.ts) and always equals estimateTokens on the same slice.
 */

/** Quarter tokens contributed by one UTF-16 code unit. */
export function quarterTokensOf(code: number): number {
  // A low surrogate is the second half of a character already counted by its high surrogate.
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return isCjkCodeUnit(code) ? 4 : 1;
}

/** Whether a UTF-16 code unit is (the first half of) a CJK character. */
export function isCjkCodeUnit(code: number): boolean {
  if (code < 0x2e80) return false;
  return (
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3001 && code <= 0x31ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    // High surrogates of the supplementary ideographic planes (U+20000–U+3FFFF).
    (code >= 0xd840 && code <= 0xd8bf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff01 && code <= 0xffef)
  );
}

/** Estimate how many model tokens a text costs: ≈ 1 per CJK character, ≈ 1 per 4 other characters. */
export function estimateTokens(text: string): number {
  let quarters = 0;
  for (let index = 0; index < text.length; index++) quarters += quarterTokensOf(text.charCodeAt(index));
  return Math.ceil(quarters / 4);
}
