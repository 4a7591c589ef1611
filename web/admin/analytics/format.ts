const integer = new Intl.NumberFormat("en-US");
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** 1,234 (or 1.2M past a million). */
export const formatCount = (value: number) => (Math.abs(value) >= 1_000_000 ? compact.format(value) : integer.format(value));

/** 0.4567 → "45.7%"; "—" when there is nothing to divide. */
export const formatRate = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1).replace(/\.0$/, "")}%`);

/** Milliseconds as "850 ms" or "2.4 s". */
export const formatMs = (value: number | null) => (value === null ? "—" : value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)} s`);

/** Dollars with the precision small model bills need: $0.0042, $12.50. */
export function formatUsd(value: number | null): string {
  if (value === null) return "—";
  if (value === 0) return "$0";
  const digits = Math.abs(value) >= 1 ? 2 : Math.abs(value) >= 0.01 ? 3 : 4;
  return `$${value.toFixed(digits)}`;
}

/** "2026-03-01" → "Mar 1". */
export const formatDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** Snake-case identifiers (escalation triggers, topics) as words: "low_confidence" → "Low confidence". */
export const humanize = (identifier: string) => {
  const words = identifier.replace(/[_.-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "1 rating", "3 ratings". */
export const plural = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? "" : "s"}`;
