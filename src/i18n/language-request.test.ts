import { describe, expect, it } from "vitest";
import { detectLanguageRequest } from "./language-request.ts";

describe("detectLanguageRequest", () => {
  it.each([
    ["Actually, can we continue in English please?", "en"],
    ["do you speak english", "en"],
    ["English please", "en"],
    ["¿podemos seguir en inglés?", "en"],
    ["¿Hablas español?", "es"],
    ["en español por favor", "es"],
    ["hablan inglés? I don't speak Spanish well", "en"],
    ["Vous pouvez répondre en français ?", "fr"],
    ["on peut passer en anglais svp", "en"],
    ["Können wir auf Englisch weiterschreiben?", "en"],
    ["Sprechen Sie Deutsch?", "de"],
    ["auf Deutsch bitte", "de"],
    ["Deutsch?", "de"],
    ["可以说中文吗", "zh"],
    ["请用英文回复", "en"],
    ["can you answer in Chinese", "zh"],
    ["können Sie auf Englisch antworten", "en"],
    ["¿podemos cambiar a inglés?", "en"],
  ])("%s → %s", (text, language) => {
    expect(detectLanguageRequest(text)).toBe(language);
  });

  it.each([
    "the manual in German is missing",
    "I bought the Spanish edition of the book",
    "I don't speak Spanish well",
    "Je ne parle pas anglais",
    "Ich spreche kein Englisch",
    "我不会说英语",
    "no English",
    "my password doesn't work on the German site",
    "I need a replacement for the German manual",
    "mon mot de passe ne marche pas sur le site anglais",
    "where is my order",
    "English or Spanish, I don't mind, can you speak either?",
    "",
  ])("no request in %j", (text) => {
    expect(detectLanguageRequest(text)).toBeUndefined();
  });
});
