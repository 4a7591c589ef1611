import { describe, expect, it } from "vitest";
import { answerParts, generationTime, pacedParts, splitIntoDeltas } from "./answer-stream.ts";

describe("splitIntoDeltas", () => {
  it.each([
    "You can return most items within 30 days. [1]",
    "Nous acceptons :\n- Visa\n- PayPal [2]",
    "大多数商品可在签收后30天内退货。[1] 退款通常在5至7个工作日内到账。[1]",
    "  leading and trailing  ",
    "Supercalifragilisticexpialidocious-words-are-long",
  ])("splits into small pieces that concatenate back: %s", (text) => {
    const deltas = splitIntoDeltas(text);
    expect(deltas.join("")).toBe(text);
    for (const delta of deltas) expect([...delta.trim()].length).toBeLessThanOrEqual(12);
  });
});

describe("answer parts", () => {
  it("streams a tool call as a start and JSON fragments", () => {
    const parts = answerParts({
      content: [{ toolUse: { toolUseId: "tooluse_x", name: "order_status", input: { order_id: "A-1000000000000000001" } } }],
      stopReason: "tool_use",
    });
    expect(parts[0]).toEqual({ type: "tool-start", index: 0, toolUseId: "tooluse_x", name: "order_status" });
    const json = parts.flatMap((part) => (part.type === "tool-delta" ? [part.json] : [])).join("");
    expect(JSON.parse(json)).toEqual({ order_id: "A-1000000000000000001" });
    expect(parts.at(-1)).toEqual({ type: "block-end", index: 0 });
  });

  it("waits the first-token latency, then the per-token latency", async () => {
    const parts = answerParts({ content: [{ text: "one two three" }], stopReason: "end_turn" });
    expect(generationTime(parts, { firstTokenMs: 50, perTokenMs: 10 })).toBe(70);
    const started = Date.now();
    const seen: number[] = [];
    for await (const part of pacedParts(parts, { firstTokenMs: 40, perTokenMs: 5 }, new AbortController().signal)) {
      if (part.type === "text-delta") seen.push(Date.now() - started);
    }
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBeGreaterThanOrEqual(35);
  });

  it("stops when the client goes away", async () => {
    const controller = new AbortController();
    const parts = answerParts({ content: [{ text: "a b c d e f" }], stopReason: "end_turn" });
    let count = 0;
    for await (const part of pacedParts(parts, { firstTokenMs: 0, perTokenMs: 1 }, controller.signal)) {
      if (part.type === "text-delta") count += 1;
      if (count === 2) controller.abort();
    }
    expect(count).toBe(2);
  });
});
