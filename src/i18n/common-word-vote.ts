import type { Language } from "./language.ts";

// Frequent function words and chat shorthand that belong to one of the Latin-script languages
// only. Words shared between them (de, la, que, en, no, me, die/was/will in English, es in
// German, le/les as Spanish pronouns, ok, super, hallo) are left out on purpose: they would vote twice.
const commonWords: Record<Exclude<Language, "zh">, readonly string[]> = {
  en: [
    "the", "and", "you", "your", "my", "is", "are", "it", "it's", "to", "of", "for", "with", "this",
    "that", "what", "what's", "where", "where's", "when", "how", "can", "please", "pls", "plz",
    "thanks", "thank", "thx", "hi", "hello", "yes", "not", "i", "i'm", "don't", "doesn't", "didn't",
    "hasn't", "isn't", "have", "has", "do", "did", "just", "still", "got", "u", "ur", "any",
    "anyone", "there", "that's", "yet",
  ],
  es: [
    "el", "los", "las", "del", "y", "está", "esta", "mi", "mis", "pero", "por", "para", "con",
    "una", "qué", "cómo", "como", "cuándo", "cuando", "dónde", "donde", "hola", "gracias", "porfa",
    "favor", "sí", "ya", "muy", "quiero", "tengo", "puedo", "necesito", "buenas", "vale", "nada",
    "todavía", "todavia", "hay", "estoy", "también", "ningún", "ninguna", "eso", "todo", "muchas",
  ],
  fr: [
    "des", "et", "est", "je", "j'ai", "mon", "ma", "mes", "vous", "nous", "pas", "ne", "n'est",
    "c'est", "avec", "sur", "dans", "une", "bonjour", "merci", "svp", "stp", "oui", "quoi", "où",
    "quand", "mais", "rien", "toujours", "ai", "suis", "bcp", "salut", "ça", "au", "aux", "beaucoup",
    "très", "êtes", "avez", "faire", "il", "elle",
  ],
  de: [
    "der", "die", "das", "den", "dem", "und", "ist", "ich", "mein", "meine", "meinen", "nicht",
    "kein", "keine", "mit", "auf", "für", "bitte", "danke", "ja", "noch", "wo", "wie", "wann",
    "habe", "hab", "bin", "sie", "ihr", "euch", "wir", "schon", "immer", "nichts", "aber", "auch",
    "zu", "von", "vom", "beim", "gibt", "gibts", "geht", "kann", "möchte", "jemand", "dir",
  ],
};

const languageOf = new Map<string, Language>(
  Object.entries(commonWords).flatMap(([language, words]) => words.map((word) => [word, language as Language])),
);

export interface CommonWordVote {
  /** The language with the most votes, undefined on a tie or no votes. */
  language: Language | undefined;
  votes: number;
  /** Votes cast for any language. */
  total: number;
}

/** Counts words that belong to exactly one Latin-script language and names the majority. */
export function voteByCommonWords(text: string): CommonWordVote {
  const tally = new Map<Language, number>();
  let total = 0;
  for (const word of text.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? []) {
    const language = languageOf.get(word);
    if (language === undefined) continue;
    tally.set(language, (tally.get(language) ?? 0) + 1);
    total += 1;
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second[1] === first[1])) {
    return { language: undefined, votes: first?.[1] ?? 0, total };
  }
  return { language: first[0], votes: first[1], total };
}
