import { describe, expect, it } from "vitest";
import { malformJsonAnswer } from "./malformed-json.ts";

const JSON_ANSWER = JSON.stringify({ route: "simple", needsOrder: false, confidence: 0.92 });

describe("malformJsonAnswer", () => {
  it.each(["cut", "prose"] as const)("turns a JSON answer into text JSON.parse rejects (%s)", (style) => {
    const malformed = malformJsonAnswer({ content: [{ text: JSON_ANSWER }], stopReason: "end_turn" }, style);
    const [block] = malformed.content;
    const text = block && "text" in block ? block.text : "";
    expect(() => JSON.parse(text)).toThrow();
    if (style === "prose") expect(text).toContain(JSON_ANSWER);
    else expect(JSON_ANSWER.startsWith(text)).toBe(true);
  });

  it("leaves tool calls alone", () => {
    const toolCall = { toolUse: { toolUseId: "t1", name: "order_status", input: { order_id: "1" } } };
    expect(malformJsonAnswer({ content: [toolCall], stopReason: "tool_use" }, "cut").content).toEqual([toolCall]);
  });
});
