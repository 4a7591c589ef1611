// Runs of Latin letters, digits and joiners, as they stand in any script ("订单NL-100234还没到").
const candidate = /#?[\p{Script=Latin}\p{N}]+(?:[-_/][\p{Script=Latin}\p{N}]+)*/gu;
// Amounts, units and ordinals with a digit that name nothing: "10kg", "24h", "2nd", "128gb".
const measure = /^\d+[\p{Script=Latin}]{1,3}$/u;

/**
 * Whether a message names an order, parcel or account by an identifier ("#10023", "NL-100234",
 * "A1B2C3", "1Z999AA10123456784"): its answer may depend on a lookup for that one record, which a
 * shared cached answer would skip. Prices, dates and short numbers ("30 days", "5.95") are not.
 */
export function mentionsReference(text: string): boolean {
  for (const [token] of text.matchAll(candidate)) {
    if (!/\p{N}/u.test(token)) continue;
    if (token.startsWith("#") && /^#\p{N}{3,}/u.test(token)) return true;
    const bare = token.replace(/^#/, "");
    if (/^\p{N}+$/u.test(bare)) {
      if (bare.length >= 5) return true;
      continue;
    }
    if (measure.test(bare)) continue;
    if (/[\p{Script=Latin}]/u.test(bare) || /[-_/]/.test(bare)) {
      // Dates ("2024-05-01", "12/05") join digits only.
      if (/^[\p{N}\-_/]+$/u.test(bare)) continue;
      return true;
    }
  }
  return false;
}
