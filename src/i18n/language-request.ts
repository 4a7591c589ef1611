import type { Language } from "./language.ts";

// Names of each language as customers write them in any of the five, without accents.
const latinNames: Record<Language, readonly string[]> = {
  en: ["english", "ingles", "anglais", "englisch"],
  es: ["spanish", "espanol", "castellano", "espagnol", "spanisch"],
  fr: ["french", "frances", "francais", "franzosisch"],
  de: ["german", "aleman", "allemand", "deutsch"],
  zh: ["chinese", "mandarin", "chino", "chinois", "chinesisch"],
};
const hanNames: Record<Language, readonly string[]> = {
  en: ["英语", "英文"],
  es: ["西班牙语", "西班牙文"],
  fr: ["法语", "法文"],
  de: ["德语", "德文"],
  zh: ["中文", "汉语", "普通话", "华语"],
};

// "speak, write, continue, answer, switch" in the four Latin-script languages. Whole words or
// stems that no common noun shares: "pass" would catch "password", "chang" "exchange".
const requestVerb = new RegExp(
  "^(" +
    [
      "speak(s|ing)?", "talk(ing)?", "writ(e|ing)", "continu\\p{L}*", "answer", "reply", "respond\\p{L}*", "switch",
      "habl\\p{L}*", "segui\\p{L}*", "sigamos", "escrib\\p{L}*", "contest\\p{L}*", "cambi(a|ar|amos|emos)",
      "parl\\p{L}*", "ecri\\p{L}*", "repond\\p{L}*", "passer", "passons", "passez",
      "sprech\\p{L}*", "sprich\\p{L}*", "schreib\\p{L}*", "weiter\\p{L}*", "antwort\\p{L}*", "wechseln", "reden",
    ].join("|") +
    ")$",
  "u",
);
const politeWords = new Set(["please", "pls", "plz", "favor", "porfa", "svp", "stp", "plait", "bitte"]);
const fillerWords = new Set(["in", "en", "auf", "on", "por", "s'il", "vous", "ok", "yes", "si", "oui", "ja"]);
const negations = new Set([
  "not", "don't", "dont", "doesn't", "can't", "cant", "cannot", "no", "ne", "pas", "nicht", "kein", "nie", "never",
]);
const hanVerb = /(说|讲|用|改成|换成|切换|回复)/u;
const hanNegation = /(不|别|没)(太|会|能|想|要)?(说|讲|用|懂)/u;

/** The language a customer explicitly asks to be served in ("can we continue in English?"), if any. */
export function detectLanguageRequest(text: string): Language | undefined {
  const requested = new Set<Language>();
  for (const sentence of text.split(/[.!?。！？¿¡\n]+/u)) {
    const language = sentence.trim() === "" ? undefined : requestIn(sentence);
    if (language !== undefined) requested.add(language);
  }
  // Two different requests in one message mean we misread it; better to ask nothing of it.
  return requested.size === 1 ? [...requested][0] : undefined;
}

function requestIn(sentence: string): Language | undefined {
  return hanRequest(sentence) ?? latinRequest(sentence);
}

function hanRequest(sentence: string): Language | undefined {
  if (!hanVerb.test(sentence) || hanNegation.test(sentence)) return undefined;
  for (const [language, names] of Object.entries(hanNames)) {
    if (names.some((name) => sentence.includes(name))) return language as Language;
  }
  return undefined;
}

function latinRequest(sentence: string): Language | undefined {
  const words = (withoutAccents(sentence).match(/[\p{L}']+/gu) ?? []).map((word) => word.replace(/'$/u, ""));
  const named = new Set(words.map(languageNamed).filter((language) => language !== undefined));
  // "English or Spanish, whichever" names two; that is not a request for either.
  if (named.size !== 1) return undefined;
  const language = [...named][0];
  const nameIndex = words.findIndex((word) => languageNamed(word) === language);
  if (negations.has(words[nameIndex - 1] ?? "")) return undefined;
  const verbIndex = words.findIndex((word) => requestVerb.test(word));
  if (verbIndex !== -1) {
    const before = words.slice(Math.max(0, verbIndex - 2), verbIndex);
    return before.some((word) => negations.has(word)) ? undefined : language;
  }
  // Without a verb only a bare "English please" or "¿en inglés?" is a request; "the manual in German" is not.
  const rest = words.filter((word, index) => index !== nameIndex && !fillerWords.has(word));
  return rest.every((word) => politeWords.has(word)) ? language : undefined;
}

function languageNamed(word: string): Language | undefined {
  for (const [language, names] of Object.entries(latinNames)) {
    if (names.includes(word)) return language as Language;
  }
  return undefined;
}

function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/gu, "'");
}
