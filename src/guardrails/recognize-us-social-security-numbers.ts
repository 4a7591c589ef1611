import { compileTerms } from "./compile-term-pattern.ts";
import { cueAfter, cueBefore, referenceCue } from "./context-cues.ts";
import type { Detection } from "./types.ts";

const separated = /(?<![\p{Script=Latin}\p{N}]|\p{N}[-. ])(?<area>\d{3})(?<separator>[- ])(?<group>\d{2})\k<separator>(?<serial>\d{4})(?![-. ]?\p{N}|\p{Script=Latin})/gu;
const bare = /(?<![\p{Script=Latin}\p{N}]|\p{N}[-. ])(?<area>\d{3})(?<group>\d{2})(?<serial>\d{4})(?![-. ]?\p{N}|\p{Script=Latin})/gu;

const ssnCue = compileTerms([
  "ssn", "ss#", "social security", "social security number", "social", "tax id", "itin",
  "seguro social", "numero de seguro social", "numero de la seguridad social",
  "securite sociale", "numero de securite sociale",
  "sozialversicherungsnummer", "sozialversicherung", "social security nummer",
  "社会安全号", "社会保障号", "社安号",
]);

/** Whether area, group and serial fall in ranges the SSA has ever issued. */
export function isPlausibleSocialSecurityNumber(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  if (areaNumber === 0 || areaNumber === 666 || areaNumber >= 900) return false;
  if (group === "00" || serial === "0000") return false;
  // Numbers published in advertising and widely used as examples; never a real person's.
  const joined = `${area}${group}${serial}`;
  return joined !== "078051120" && joined !== "219099999";
}

/** Finds US social security numbers: AAA-GG-SSSS, or nine bare digits next to an SSN keyword. */
export function recognizeUsSocialSecurityNumbers(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const [pattern, needsCue] of [[separated, false], [bare, true]] as const) {
    for (const match of text.matchAll(pattern)) {
      const { area = "", group = "", serial = "" } = match.groups ?? {};
      if (!isPlausibleSocialSecurityNumber(area, group, serial)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const cued = cueBefore(text, start, ssnCue, 40) || cueAfter(text, end, ssnCue, 16);
      if (!cued && (needsCue || cueBefore(text, start, referenceCue, 24))) continue;
      detections.push({ type: "US_SOCIAL_SECURITY_NUMBER", category: "PII", start, end, score: cued ? 0.95 : 0.75 });
    }
  }
  return detections;
}
