import { describe, expect, it } from "vitest";
import { readPrompt } from "./prompt-reader.ts";

describe("readPrompt", () => {
  it("reads the reply language, sources and question, ignoring cache points", () => {
    const prompt = readPrompt({
      system: [{ text: "Be helpful." }, { cachePoint: { type: "default" } }, { text: "<reply_language>fr</reply_language>" }],
      messages: [
        { role: "user", content: [{ text: "Earlier question?" }] },
        { role: "assistant", content: [{ text: "Earlier answer." }] },
        {
          role: "user",
          content: [
            { text: '<sources>\n<source id="7" title="A &amp; B" lang="en" document="a-b">\nText &lt;here&gt;.\n</source>\n</sources>' },
            { cachePoint: { type: "default" } },
            { text: "The question?" },
          ],
        },
      ],
    });
    expect(prompt.replyLanguage).toBe("fr");
    expect(prompt.question).toBe("The question?");
    expect(prompt.sources).toEqual([{ id: "7", title: "A & B", lang: "en", document: "a-b", text: "Text <here>.", rank: 0 }]);
    expect(prompt.earlierQuestions).toEqual(["Earlier question?"]);
    expect(prompt.previousReply).toBe("Earlier answer.");
  });

  it("takes the question from the earlier user turn when the last one holds a tool result", () => {
    const prompt = readPrompt({
      messages: [
        { role: "user", content: [{ text: "<sources>\n</sources>" }, { text: "Where is order 10023?" }] },
        { role: "assistant", content: [{ toolUse: { toolUseId: "t1", name: "order_status", input: { order_id: "10023" } } }] },
        { role: "user", content: [{ toolResult: { toolUseId: "t1", content: [{ json: { found: false } }] } }] },
      ],
    });
    expect(prompt.question).toBe("Where is order 10023?");
    expect(prompt.toolResult?.call?.name).toBe("order_status");
    expect(prompt.earlierQuestions).toEqual([]);
  });

  it("reads a question written after the sources in the same block", () => {
    const prompt = readPrompt({
      messages: [{ role: "user", content: [{ text: '<sources><source id="1" title="T">x</source></sources>\nQuestion: how?' }] }],
    });
    expect(prompt.question).toBe("Question: how?");
    expect(prompt.sources).toHaveLength(1);
    expect(prompt.replyLanguage).toBeUndefined();
  });
});
