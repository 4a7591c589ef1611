import { describe, expect, it } from "vitest";
import { defaultGuardrailPolicy } from "./default-guardrail-policy.ts";
import { createTopicMatcher } from "./match-denied-topics.ts";
import { parseGuardrailPolicy } from "./policy.ts";

const matcher = createTopicMatcher(defaultGuardrailPolicy.deniedTopics);
const topics = (text: string) => matcher.match(text).map((detection) => detection.type);

describe("createTopicMatcher with the default topics", () => {
  it.each([
    ["Is your product better than Amazon?", "competitor-comparison"],
    ["¿Es más barato que en Amazon?", "competitor-comparison"],
    ["Vous êtes moins cher que Fnac ?", "competitor-comparison"],
    ["Seid ihr besser als die Konkurrenz?", "competitor-comparison"],
    ["你们的价格比京东更便宜吗？", "competitor-comparison"],
    ["Can I sue you for this?", "legal-advice"],
    ["¿Necesito un abogado para reclamar?", "legal-advice"],
    ["Je vais vous poursuivre en justice.", "legal-advice"],
    ["Brauche ich einen Anwalt?", "legal-advice"],
    ["我可以起诉你们吗？", "legal-advice"],
  ])("denies %s", (text, topic) => {
    expect(topics(text)).toEqual([topic]);
  });

  it.each([
    "Can you compare these two jackets of yours?",
    "Is the blue model better than the black one?",
    "My lawyer friend recommended you.",
    "Sue from accounting ordered these.",
    "I paid with Amazon Pay, can I get a refund?",
    "这两款哪个更好？",
  ])("lets look-alikes pass: %s", (text) => {
    expect(topics(text)).toEqual([]);
  });
});

describe("topics without signals", () => {
  const [topic] = parseGuardrailPolicy({
    name: "t",
    deniedTopics: [
      {
        name: "crypto",
        definition: "Questions about cryptocurrency investments and trading.",
        examples: ["Should I invest in bitcoin?", "Which cryptocurrency will go up?"],
      },
    ],
    messages: { blockedInput: { en: "no" }, blockedOutput: { en: "no" } },
  }).deniedTopics;
  const custom = createTopicMatcher([topic]);

  it("match close paraphrases of the examples", () => {
    expect(custom.match("should I invest in bitcoin now?")).toHaveLength(1);
  });

  it("do not match unrelated text", () => {
    expect(custom.match("Where is my order?")).toHaveLength(0);
  });
});
