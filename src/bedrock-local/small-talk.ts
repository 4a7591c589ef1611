import { foldCase, stripAccents } from "./text-folding.ts";

/** A message that is only a greeting or only thanks, which needs a polite reply rather than sources. */
export type SmallTalk = "greeting" | "thanks";

const GREETINGS = [
  "hi", "hello", "hey", "hiya", "howdy", "good morning", "good afternoon", "good evening", "hola", "buenos dias",
  "buenas tardes", "buenas noches", "buenas", "bonjour", "bonsoir", "salut", "coucou", "hallo", "guten tag",
  "guten morgen", "guten abend", "moin", "servus", "gruss gott", "gruezi", "你好", "您好", "嗨", "早上好", "下午好",
  "晚上好", "哈喽", "哈啰", "how are you", "how are you doing", "como estas", "que tal", "ca va", "comment allez vous",
  "comment ca va", "wie geht es", "wie geht es ihnen", "wie gehts", "你好吗",
];

const THANKS = [
  "thanks", "thank you", "thx", "ty", "cheers", "many thanks", "gracias", "muchas gracias", "mil gracias", "merci",
  "merci beaucoup", "danke", "danke schon", "dankeschon", "vielen dank", "besten dank", "谢谢", "多谢", "感谢", "谢了",
  "thank u", "great thanks",
];

// Words that may accompany a greeting or thanks without turning it into a question.
const FILLERS = [
  "there", "team", "everyone", "all", "so", "much", "a lot", "very", "again", "you", "ok", "okay", "bye", "goodbye",
  "great", "perfect", "awesome", "nice", "cool", "adios", "hasta luego", "perfecto", "genial", "vale", "a todos",
  "au revoir", "parfait", "super", "beaucoup", "a tous", "tschuss", "tschau", "toll", "sehr", "vielmals",
  "alle", "zusammen", "再见", "好的", "非常", "了", "啊", "呀", "a", "the", "for", "your", "help", "por", "tu", "ayuda",
  "pour", "votre", "aide", "fur", "die", "hilfe", "您", "你", "的", "帮助", "bot", "assistant",
];

function removePhrases(text: string, phrases: readonly string[]): { rest: string; found: boolean } {
  let rest = ` ${text} `;
  let found = false;
  // Longest first so "thank you" is removed before "you".
  for (const phrase of [...phrases].sort((left, right) => right.length - left.length)) {
    const cjk = /[\u3400-\u9fff]/u.test(phrase);
    const pattern = cjk ? phrase : ` ${phrase} `;
    while (rest.includes(pattern)) {
      rest = rest.replace(pattern, " ");
      found = true;
    }
  }
  return { rest, found };
}

/** Recognises a message that is nothing but a greeting or thanks, in any of the five languages. */
export function classifySmallTalk(message: string): SmallTalk | undefined {
  const folded = stripAccents(foldCase(message))
    .replace(/[\p{P}\p{S}\p{Emoji_Presentation}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!folded || folded.length > 60) return undefined;
  const thanks = removePhrases(folded, THANKS);
  const greeting = removePhrases(thanks.rest, GREETINGS);
  const rest = removePhrases(greeting.rest, FILLERS).rest.trim();
  if (rest.length > 0) return undefined;
  if (thanks.found) return "thanks";
  return greeting.found ? "greeting" : undefined;
}
