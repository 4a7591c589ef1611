import { describe, expect, it } from "vitest";
import { scoreSentiment } from "./score-sentiment.ts";

const score = (text: string, language?: Parameters<typeof scoreSentiment>[1]) => scoreSentiment(text, language).score;

describe("scoreSentiment", () => {
  it("keeps scores within -1..1 and neutral text near 0", () => {
    for (const text of ["where is my order", "¿dónde está mi pedido?", "wo ist mein Paket", "我的订单在哪", ""]) {
      expect(Math.abs(score(text))).toBeLessThan(0.2);
    }
    expect(scoreSentiment("where is my order").matched).toBe(false);
    expect(score("worst worst worst terrible awful scam!!!!")).toBeGreaterThanOrEqual(-1);
  });

  it.each([
    ["en", "This is the worst, most useless support ever, I'm furious"],
    ["es", "Sois unos estafadores, servicio pésimo, estoy furiosa"],
    ["fr", "Service lamentable, c'est une arnaque, je suis furieux"],
    ["de", "Totale Abzocke, furchtbarer Service, ich bin wütend"],
    ["zh", "骗子！服务太垃圾了，气死我了"],
  ] as const)("scores angry %s text as very negative", (language, text) => {
    expect(score(text, language)).toBeLessThan(-0.6);
  });

  it.each([
    ["en", "the parcel is a bit late"],
    ["es", "el paquete llega un poco tarde"],
    ["fr", "le colis est un peu en retard"],
    ["de", "das Paket ist etwas verspätet"],
    ["zh", "快递有点慢"],
  ] as const)("keeps a calm %s complaint mild", (language, text) => {
    const value = score(text, language);
    expect(value).toBeLessThanOrEqual(0);
    expect(value).toBeGreaterThan(-0.4);
  });

  it("flips and damps negated words", () => {
    expect(score("I am happy")).toBeGreaterThan(0.3);
    expect(score("I am not happy")).toBeLessThan(-0.2);
    expect(score("I am not angry")).toBeGreaterThanOrEqual(0);
    expect(score("Ich bin nicht wütend", "de")).toBeGreaterThanOrEqual(0);
    expect(score("Das gefällt mir nicht", "de")).toBeLessThan(0);
    expect(score("我不生气", "zh")).toBeGreaterThanOrEqual(0);
    expect(score("je ne suis pas content", "fr")).toBeLessThan(0);
  });

  it("lets intensifiers and dampeners scale a word", () => {
    expect(score("very disappointed")).toBeLessThan(score("disappointed"));
    expect(score("a bit disappointed")).toBeGreaterThan(score("disappointed"));
    expect(score("非常失望", "zh")).toBeLessThan(score("有点失望", "zh"));
  });

  it("weighs what follows a contrast word more", () => {
    expect(score("the box was dented but the laptop works great")).toBeGreaterThan(0);
    expect(score("the laptop works great but the support was terrible")).toBeLessThan(0);
  });

  it("treats exclamation marks and capitals as a small signal only", () => {
    expect(score("this is terrible!!!")).toBeLessThan(score("this is terrible"));
    expect(score("this is TERRIBLE")).toBeLessThan(score("this is terrible"));
    const shouted = score("WHERE IS MY ORDER");
    expect(shouted).toBeLessThan(0);
    expect(shouted).toBeGreaterThan(-0.4);
  });

  it("reads emoji in any language and quotes the words that counted", () => {
    expect(score("ok 😡😡")).toBeLessThan(-0.6);
    expect(scoreSentiment("Service lamentable, je suis furieux", "fr").evidence).toBe("furieux, lamentable");
  });

  it("does not read polite Chinese set phrases as complaints", () => {
    expect(score("不好意思，麻烦帮我查一下", "zh")).toBe(0);
    expect(score("没问题，谢谢", "zh")).toBeGreaterThan(0);
  });
});
