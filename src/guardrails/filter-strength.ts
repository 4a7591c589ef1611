import type { FilterStrength } from "./policy.ts";

export type Confidence = "NONE" | "LOW" | "MEDIUM" | "HIGH";

// Bedrock semantics: a HIGH strength filter blocks LOW, MEDIUM and HIGH confidence content;
// a LOW strength filter blocks only HIGH confidence content.
const confidenceFloor: Record<Exclude<Confidence, "NONE">, number> = { LOW: 0.4, MEDIUM: 0.6, HIGH: 0.8 };

/** The lowest score a filter of this strength acts on; Infinity when the filter is off. */
export function strengthThreshold(strength: FilterStrength): number {
  switch (strength) {
    case "NONE":
      return Number.POSITIVE_INFINITY;
    case "LOW":
      return confidenceFloor.HIGH;
    case "MEDIUM":
      return confidenceFloor.MEDIUM;
    case "HIGH":
      return confidenceFloor.LOW;
  }
}

/** Buckets a score into Bedrock's confidence levels. */
export function scoreToConfidence(score: number): Confidence {
  if (score >= confidenceFloor.HIGH) return "HIGH";
  if (score >= confidenceFloor.MEDIUM) return "MEDIUM";
  if (score >= confidenceFloor.LOW) return "LOW";
  return "NONE";
}

/** A representative score for a confidence level (used when reading Bedrock responses). */
export function confidenceToScore(confidence: string): number {
  switch (confidence) {
    case "HIGH":
      return 0.9;
    case "MEDIUM":
      return 0.7;
    case "LOW":
      return 0.5;
    default:
      return 0.1;
  }
}
