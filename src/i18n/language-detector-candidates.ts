import { eld as eldExtraSmall } from "eld/extrasmall";
import { eld as eldMedium } from "eld/medium";
import { eld as eldLarge } from "eld/large";
import { createCombinedDetector } from "./combined-detector.ts";
import { createEldDetector } from "./eld-detector.ts";
import { detectWithFranc } from "./franc-detector.ts";
import type { LanguageDetector } from "./language.ts";
import { detectWithTinyld } from "./tinyld-detector.ts";

const eldExtraSmallDetector = createEldDetector(eldExtraSmall);
const eldMediumDetector = createEldDetector(eldMedium);
const eldLargeDetector = createEldDetector(eldLarge);

/** Every detector measured by compareLanguageDetectors, by name. */
export const languageDetectorCandidates: Record<string, LanguageDetector> = {
  tinyld: detectWithTinyld,
  "franc-min": detectWithFranc,
  "eld-extrasmall": eldExtraSmallDetector,
  "eld-medium": eldMediumDetector,
  "eld-large": eldLargeDetector,
  "combined (script + tinyld + words)": createCombinedDetector(detectWithTinyld),
  "combined (script + eld-extrasmall + words)": createCombinedDetector(eldExtraSmallDetector),
  "combined (script + eld-medium + words)": createCombinedDetector(eldMediumDetector),
  "combined (script + eld-large + words)": createCombinedDetector(eldLargeDetector),
};
