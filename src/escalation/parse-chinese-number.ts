const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a number in Chinese numerals ("四千五百", "两千", "一万二千", colloquial "四千五"); undefined if it is not one. */
export function parseChineseNumber(written: string): number | undefined {
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let lastUnit = 0;
  for (const character of written) {
    if (character in digits) {
      pending = digits[character];
    } else if (character in units) {
      lastUnit = units[character];
      section += (pending ?? 1) * lastUnit;
      pending = undefined;
    } else if (character === "万") {
      total += (section + (pending ?? 0) || 1) * 10_000;
      section = 0;
      pending = undefined;
      lastUnit = 10_000;
    } else {
      return undefined;
    }
  }
  // "四千五" means 4500: a bare digit after a unit counts in the next unit down.
  if (pending !== undefined) section += lastUnit >= 100 ? pending * (lastUnit / 10) : pending;
  return total + section;
}
