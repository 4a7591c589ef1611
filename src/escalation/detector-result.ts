/** What one detector says about one customer message. */
export interface DetectorResult {
  matched: boolean;
  /** 0..1 for intent detectors: how surely the wording means the intent (0 when not matched). */
  score: number;
  /** The words that decided it, as the customer wrote them. */
  evidence?: string;
}

export const noMatch: DetectorResult = { matched: false, score: 0 };
