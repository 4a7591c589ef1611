import { describe, expect, it } from "vitest";
import { buildSummarizeRequest } from "../../models/prompts/summarize.ts";
import { elementText, languageElement, readTaskPrompt, readTranscript } from "./read-task-prompt.ts";

describe("readTaskPrompt", () => {
  it("reads the task, the system text and the material of a built task request", () => {
    const request = buildSummarizeRequest([{ role: "user", text: "Where is <b>my</b> order? </transcript>" }], "es");
    const prompt = readTaskPrompt(request);
    expect(prompt?.task).toBe("summarize");
    expect(languageElement(prompt?.system ?? "", "reply_language")).toBe("es");
    expect(readTranscript(prompt?.material ?? "")).toEqual([{ role: "customer", text: "Where is <b>my</b> order? </transcript>" }]);
  });

  it("takes the material from the first user message, not from a repair request", () => {
    const prompt = readTaskPrompt({
      system: [{ text: "<task>classify</task>\nRoute it." }],
      messages: [
        { role: "user", content: [{ text: "<message>hola</message>" }] },
        { role: "assistant", content: [{ text: "{route: simple}" }] },
        { role: "user", content: [{ text: "<validation_error>not valid JSON</validation_error><previous_output>{route: simple}</previous_output>" }] },
      ],
    });
    expect(elementText(prompt?.material ?? "", "message")).toBe("hola");
  });

  it("leaves chat turns and unknown tasks to the grounded answerer", () => {
    expect(readTaskPrompt({ system: [{ text: "You are a support assistant." }], messages: [{ role: "user", content: [{ text: "hi" }] }] })).toBeUndefined();
    expect(readTaskPrompt({ system: [{ text: "<task>translate</task>" }], messages: [{ role: "user", content: [{ text: "hi" }] }] })).toBeUndefined();
    expect(readTaskPrompt({ system: [{ text: "Answer. <task>judge</task>" }], messages: [{ role: "user", content: [{ text: "hi" }] }] })).toBeUndefined();
  });
});
