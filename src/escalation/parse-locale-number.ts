/**
 * Reads a number written with either convention ("1,200.50", "1.200,50", "600,50", "1 200"):
 * with both separators the last one is decimal; a single separator followed by exactly three
 * digits groups thousands, since prices are not written to a thousandth.
 */
export function parseLocaleNumber(written: string): number | undefined {
  const compact = written.replace(/[\s\u00A0\u202F']/gu, "");
  if (!/^\d[\d.,]*$/u.test(compact)) return undefined;
  const lastDot = compact.lastIndexOf(".");
  const lastComma = compact.lastIndexOf(",");
  let normalised: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? "." : ",";
    const grouping = decimal === "." ? "," : ".";
    normalised = compact.split(grouping).join("").replace(decimal, ".");
  } else if (lastDot === -1 && lastComma === -1) {
    normalised = compact;
  } else {
    const separator = lastDot !== -1 ? "." : ",";
    const groups = compact.split(separator);
    const grouped = groups.length > 2 || (groups[1]?.length === 3 && groups[0].length <= 3);
    normalised = grouped ? groups.join("") : groups.join(".");
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}
