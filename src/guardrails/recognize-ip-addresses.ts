import { compileTerms } from "./compile-term-pattern.ts";
import { cueBefore } from "./context-cues.ts";
import type { Detection } from "./types.ts";

const octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const ipv4 = new RegExp(
  `(?<![\\p{N}.]|\\p{Script=Latin})${octet}(?:\\.${octet}){3}(?![.]?\\p{N}|\\p{Script=Latin})`,
  "gu",
);
const ipv6Candidate =
  /(?<![\p{L}\p{N}:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[\p{L}\p{N}]+)?(?![\p{L}\p{N}:])/gu;

// Dotted quads also number software versions and catalogue sections.
const versionCue = compileTerms([
  "version", "versión", "v", "firmware", "release", "build", "app", "ios", "android", "section", "chapter",
  "seccion", "apartado", "kapitel", "abschnitt", "版本",
]);

/** Whether a string is a well-formed IPv6 address (full, compressed, or with an embedded IPv4 tail). */
export function isIpv6(candidate: string): boolean {
  const address = candidate.replace(/%.*$/, "");
  const doubleColons = address.split("::").length - 1;
  if (doubleColons > 1 || address.includes(":::")) return false;
  // Empty pieces come only from "::" (or its leading/trailing colon); they stand for omitted groups.
  const groups = address.split(":").filter((group) => group !== "");
  if (doubleColons === 0 && address.split(":").some((group) => group === "")) return false;
  if (groups.some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  if (doubleColons === 0) return groups.length === 8;
  // "::" must stand for at least one group, and a bare "::" is too ambiguous to be worth flagging.
  return groups.length >= 1 && groups.length <= 7;
}

/** Finds IPv4 and IPv6 addresses, leaving version numbers alone. */
export function recognizeIpAddresses(text: string): Detection[] {
  const detections: Detection[] = [];
  const add = (start: number, length: number): void => {
    detections.push({ type: "IP_ADDRESS", category: "PII", start, end: start + length, score: 0.9 });
  };
  for (const match of text.matchAll(ipv4)) {
    if (!cueBefore(text, match.index, versionCue, 16)) add(match.index, match[0].length);
  }
  for (const match of text.matchAll(ipv6Candidate)) {
    // "10:30:00" is a time; real addresses use "::", hex letters, or all eight groups.
    const addressLike = /[A-Fa-f]|::/.test(match[0]) || match[0].split(":").length === 8;
    if (addressLike && isIpv6(match[0])) add(match.index, match[0].length);
  }
  return detections;
}
