import { describe, expect, it } from "vitest";
import { judgementSchema } from "../../models/prompts/judge.ts";
import { judgeTranscript } from "./judge-transcript.ts";

describe("judgeTranscript (quality rubric)", () => {
  it("scores an answered, cited conversation the customer closes happily at 5", () => {
    const judgement = judgeTranscript([
      { role: "customer", text: "How long is the return window?" },
      { role: "assistant", text: "You can return items within 30 days of delivery [1]." },
      { role: "customer", text: "Perfect, that's all, thanks" },
    ]);
    expect(judgement.score).toBe(5);
    expect(judgement.reasons).toHaveLength(3);
    expect(judgementSchema.safeParse(judgement).success).toBe(true);
  });

  it("scores an off-topic, uncited reply followed by a request for a person at the bottom", () => {
    const judgement = judgeTranscript([
      { role: "customer", text: "Can I pay with PayPal?" },
      { role: "assistant", text: "Our stores open at nine every morning." },
      { role: "customer", text: "Useless. Let me talk to a human agent." },
    ]);
    expect(judgement.score).toBe(1);
    expect(judgement.reasons.join(" ")).toMatch(/no reply on their topic[^]*frustrated/u);
  });

  it("counts a plain decline as neither answered nor missed", () => {
    const judgement = judgeTranscript([
      { role: "customer", text: "Do you sell gift wrapping?" },
      { role: "assistant", text: "I'm sorry, I don't have that information." },
    ]);
    expect(judgement.score).toBe(3);
    expect(judgement.reasons[0]).toMatch(/^declined well/u);
  });
});
