import { describe, expect, it } from "vitest";
import { classifySmallTalk } from "./small-talk.ts";

describe("classifySmallTalk", () => {
  it.each(["hi", "Hello there!", "hola", "Bonjour", "Guten Tag", "你好", "hey team 👋", "good morning"])("%s is a greeting", (message) => {
    expect(classifySmallTalk(message)).toBe("greeting");
  });

  it.each(["thanks!", "Thank you so much", "¡Muchas gracias!", "merci beaucoup", "Danke schön", "谢谢！", "ok thanks, bye"])("%s is thanks", (message) => {
    expect(classifySmallTalk(message)).toBe("thanks");
  });

  it.each(["hi, where is my order?", "Thanks, and how long does shipping take?", "hola, ¿aceptáis PayPal?", "refund", ""])("%s is a question", (message) => {
    expect(classifySmallTalk(message)).toBeUndefined();
  });
});
