import { describe, expect, it } from "vitest";
import { buildExtractRequest } from "../../models/prompts/extract.ts";
import { answerTask } from "./answer-task.ts";

const text = (answer: ReturnType<typeof answerTask>) => answer?.content.map((block) => ("text" in block ? block.text : "")).join("") ?? "";

describe("answerTask", () => {
  it("returns only the fields the requested schema names", () => {
    const request = buildExtractRequest("Order #SB-10045\nOrder date: 12 March 2024\nTotal: €19.98", { type: "object", properties: { orderId: { type: "string" } } });
    expect(JSON.parse(text(answerTask(request)))).toEqual({ orderId: "SB-10045" });
  });

  it("reads a classify request written without the message element", () => {
    const answer = answerTask({ system: [{ text: "<task>classify</task>\nClassify the customer's message." }], messages: [{ role: "user", content: [{ text: "I want to speak to a human" }] }] });
    expect(JSON.parse(text(answer))).toMatchObject({ route: "escalate", intent: "human_request" });
    expect(answer?.stopReason).toBe("end_turn");
  });

  it("leaves a chat turn alone", () => {
    expect(answerTask({ messages: [{ role: "user", content: [{ text: "hello" }] }] })).toBeUndefined();
  });
});
