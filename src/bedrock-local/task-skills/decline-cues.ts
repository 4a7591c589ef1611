import { shapeCues } from "./cue-set.ts";

/** A reply that says it does not know rather than answering ("I don't have that information"). */
export const declineCues = shapeCues({
  en: [
    "\\b(?:don't|do not|doesn't|does not) have (?:that|this|any|enough) (?:information|info|details)\\b",
    "\\b(?:can't|cannot|could not|couldn't) find (?:that|this|any|the) (?:information|answer|details)\\b",
    "\\bi'm not (?:sure|able to answer)\\b",
    "\\bnot covered (?:by|in) (?:the|our) (?:sources|help)\\b",
  ],
  es: ["\\bno tengo (?:esa|esta|informacion|datos)\\b", "\\bno (?:he podido|puedo) encontrar (?:esa|esta|la) informacion\\b", "\\bno estoy seguro\\b"],
  fr: ["\\bje n'ai pas (?:cette|cet|d')\\s?information", "\\bje ne (?:sais|trouve) pas\\b", "\\bje ne suis pas sur\\b"],
  de: ["\\b(?:diese|dazu|keine) informationen? habe ich nicht\\b", "\\bhabe ich (?:keine|leider keine) informationen?\\b", "\\bhabe (?:dazu )?keine informationen?\\b", "\\bweiss ich (?:leider )?nicht\\b"],
  zh: ["没有这方面的信息", "没有相关信息", "无法回答", "不清楚", "不确定"],
});
