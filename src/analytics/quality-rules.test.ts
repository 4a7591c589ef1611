import { describe, expect, it } from "vitest";
import { scoreConversation, type ConversationFacts } from "./quality-rules.ts";

const perfect: ConversationFacts = {
  modelAnswers: 3,
  citedAnswers: 3,
  declinedAnswers: 0,
  guardrailBlocks: 0,
  escalated: false,
  csat: 5,
  thumbsUp: 2,
  thumbsDown: 0,
  medianResponseMs: 900,
};

const rule = (facts: ConversationFacts, name: string) => scoreConversation(facts).rules.find((contribution) => contribution.rule === name)!;

describe("scoreConversation", () => {
  it("gives a grounded, fast, well-rated AI resolution 100, every rule contributing", () => {
    const result = scoreConversation(perfect);
    expect(result.score).toBe(100);
    expect(result.rules.every((contribution) => contribution.applicable && contribution.points === contribution.maxPoints)).toBe(true);
    expect(result.rules.reduce((sum, contribution) => sum + contribution.maxPoints, 0)).toBeCloseTo(100, 0);
  });

  it("spreads 100 points over the applicable rules only", () => {
    const result = scoreConversation({ ...perfect, csat: null, thumbsUp: 0, medianResponseMs: null });
    expect(result.score).toBe(100);
    expect(rule({ ...perfect, csat: null }, "csat")).toMatchObject({ applicable: false, points: 0, maxPoints: 0 });
    // grounded 25, answered 15, guardrail 10, escalation 20 remain: 70 weight → grounded is 35.7 points.
    expect(result.rules.find((contribution) => contribution.rule === "grounded")!.maxPoints).toBe(35.7);
  });

  it("takes points off for escalation, blocks, declines, a low rating, thumbs down and slow answers", () => {
    expect(scoreConversation({ ...perfect, escalated: true }).score).toBe(80);
    expect(scoreConversation({ ...perfect, guardrailBlocks: 1 }).score).toBe(90);
    expect(scoreConversation({ ...perfect, csat: 1 }).score).toBe(85);
    expect(scoreConversation({ ...perfect, csat: 4 }).score).toBe(96);
    expect(scoreConversation({ ...perfect, thumbsUp: 1, thumbsDown: 3 }).score).toBe(96);
    expect(scoreConversation({ ...perfect, medianResponseMs: 10_000 }).score).toBe(90);
    expect(scoreConversation({ ...perfect, medianResponseMs: 6000 }).score).toBe(95);
    // One of three answers declined: "answered" loses a third; the two real answers were both cited.
    const declined = scoreConversation({ ...perfect, citedAnswers: 2, declinedAnswers: 1 });
    expect(declined.score).toBe(95);
    expect(rule({ ...perfect, citedAnswers: 2, declinedAnswers: 1 }, "answered")).toMatchObject({ points: 10, maxPoints: 15, detail: "1 of 3 answers had nothing to say" });
  });

  it("does not count a conversation the assistant never answered as resolved", () => {
    const unanswered = { ...perfect, citedAnswers: 0, declinedAnswers: 3, csat: null, thumbsUp: 0 };
    expect(rule(unanswered, "no_escalation")).toMatchObject({ fulfilled: 0, detail: "no handoff, but no answer either" });
    // Applicable: answered 15 (0), guardrail 10 (1), escalation 20 (0), time 10 (1).
    expect(scoreConversation(unanswered).score).toBe(36);
  });

  it("scores an escalated conversation with only declined answers low", () => {
    const result = scoreConversation({ ...perfect, citedAnswers: 0, declinedAnswers: 3, escalated: true, csat: 2, thumbsUp: 0, thumbsDown: 1, medianResponseMs: 3000 });
    expect(rule({ ...perfect, citedAnswers: 0, declinedAnswers: 3 }, "grounded").applicable).toBe(false);
    // Applicable: answered 15 (0), guardrail 10 (1), escalation 20 (0), csat 15 (¼), thumbs 5 (0), time 10 (⅞).
    expect(result.score).toBe(Math.round(((10 + 15 * 0.25 + 10 * (7000 / 8000)) * 100) / 75));
    expect(result.score).toBe(30);
  });
});
