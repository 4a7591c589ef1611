import type { Language } from "../i18n/language.ts";
import type { DetectorResult } from "./detector-result.ts";
import { noMatch } from "./detector-result.ts";
import type { CueSet, MultilingualCues } from "./find-cue.ts";
import { findCue } from "./find-cue.ts";
import { foldText } from "../i18n/fold-text.ts";
import { clipLongText } from "./clip-long-text.ts";

const rx = (source: string) => new RegExp(source, "u");
const never = rx("(?!)");
const outcome = (pattern: RegExp): CueSet => ({ cues: [{ pattern, score: 0.9 }], lookAlikes: [], negation: never });

// Words that say the problem is over. Bare thanks counts too, but only as the whole message:
// "thanks. where is my order?" goes on to the next question.
const outcomeCues: MultilingualCues = {
  en: outcome(
    rx("\\b(?:that|this|it)\\s+(?:fixed|solved|sorted|did)\\s+it\\b|\\b(?:it\\s+)?works\\s+now\\b|\\b(?:problem|issue)\\s+(?:solved|fixed|resolved)\\b|\\ball\\s+(?:good|sorted|set)\\b|\\bthat's\\s+all\\b|\\bthat\\s+helps\\b|\\bfound\\s+it\\b"),
  ),
  es: outcome(rx("\\b(?:ya\\s+)?(?:funciona|esta\\s+(?:resuelto|solucionado)|solucionado|resuelto)\\b|\\beso\\s+es\\s+todo\\b|\\bya\\s+esta\\b")),
  fr: outcome(rx("\\bc'est\\s+(?:regle|resolu|bon)\\b|\\bca\\s+(?:marche|fonctionne)\\b|\\bprobleme\\s+(?:resolu|regle)\\b|\\bc'est\\s+tout\\b")),
  de: outcome(rx("\\b(?:hat\\s+geklappt|funktioniert\\s+(?:jetzt|wieder)|erledigt|gelost|das\\s+war's|das\\s+wars)\\b")),
  zh: outcome(rx("解决了|好了|可以了|搞定|没问题了|明白了|知道了")),
};

const thanksOnly = rx(
  "^(?:(?:ok|okay|great|perfect|super|got\\s+it|vale|genial|perfecto|parfait|d'accord|alles\\s+klar|prima|好的|好)\\s*)?" +
    "(?:thanks|thank\\s+you(?:\\s+(?:so|very)\\s+much)?|thanks\\s+(?:a\\s+lot|so\\s+much)|thx|ty|cheers|" +
    "(?:muchas\\s+|mil\\s+)?gracias|merci(?:\\s+beaucoup|\\s+bien)?|danke(?:\\s+schon)?|vielen\\s+dank|谢谢(?:你|您)?|多谢|感谢)$",
);

const persisting = rx(
  "\\b(?:still|again|yet|but|doesn't|didn't|isn't|not|todavia|sigue|pero|toujours|encore|mais|pas|immer\\s+noch|noch\\s+nicht|aber|nicht|trotzdem)\\b|还是|仍然|还没|但是|不过|没用|不行",
);

/** Whether the customer says the problem is solved, or only thanks: the count of unresolved turns starts again. */
export function detectResolution(text: string, language?: Language): DetectorResult {
  const folded = foldText(clipLongText(text)).text;
  if (persisting.test(folded)) return noMatch;
  const bare = folded.replace(/[^\p{L}\p{N}'\s]/gu, " ").replace(/\s+/gu, " ").trim();
  if (thanksOnly.test(bare)) return { matched: true, score: 0.7, evidence: text.trim() };
  return findCue(text, outcomeCues, language);
}
