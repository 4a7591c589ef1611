import type { Language } from "../i18n/language.ts";
import type { DetectorResult } from "./detector-result.ts";
import { findCue } from "./find-cue.ts";
import { humanRequestCues } from "./human-request-cues.ts";

/** Whether the customer asks for a person ("talk to a human", "转人工"), not merely mentions one. */
export function detectHumanRequest(text: string, language?: Language): DetectorResult {
  return findCue(text, humanRequestCues, language);
}
