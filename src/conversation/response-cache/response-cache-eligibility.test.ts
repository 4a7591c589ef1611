import { describe, expect, it } from "vitest";
import type { Finding } from "../../guardrails/index.ts";
import type { StoredMessage } from "../conversation-store.ts";
import type { TurnContext } from "../turn-context.ts";
import { whyNotLookUp, whyNotStore } from "./response-cache-eligibility.ts";

const scope = { language: "en", knowledgeBaseVersion: 3, regions: ["global"] };
const citation = { index: 1, documentId: "d", externalId: "gift-cards", title: "Gift cards", chunkId: "c", score: 1, url: "" };

function turn(overrides: Partial<TurnContext> = {}): TurnContext {
  return {
    conversation: { id: "c1", status: "active", language: "en", channel: "web", customer: { tier: "standard" }, createdAt: new Date(), updatedAt: new Date() },
    userText: "How long are gift cards valid?",
    userMessageId: "u1",
    receivedAt: 0,
    emit: () => {},
    assistantMessageId: "a1",
    history: [],
    language: "en",
    sources: [],
    citations: [],
    toolsUsed: [],
    verifiedOrders: [],
    ...overrides,
  };
}

/** A turn after a fresh, cited model answer to an eligible first question. */
function answered(overrides: Partial<TurnContext> = {}): TurnContext {
  return turn({
    responseCache: { scope },
    answer: { text: "Gift cards are valid for 3 years [1].", model: "haiku", usage: { inputTokens: 10, outputTokens: 5 }, status: "complete" },
    citations: [citation],
    ...overrides,
  });
}

const message = (role: StoredMessage["role"]): StoredMessage => ({
  id: "m",
  conversationId: "c1",
  role,
  text: "hello",
  language: "en",
  model: null,
  usage: null,
  latencyMs: null,
  firstTokenMs: null,
  modelStartedMs: null,
  citations: [],
  status: "complete",
  noAnswer: false,
  createdAt: new Date(),
});
const finding: Finding = { type: "EMAIL", category: "PII", start: 0, end: 5, score: 1, action: "ANONYMIZED" };

describe("whyNotLookUp", () => {
  it("lets a first question with nothing found in it look up", () => {
    expect(whyNotLookUp(turn())).toBeUndefined();
    expect(whyNotLookUp(turn({ history: [message("system")] }))).toBeUndefined();
  });

  it("refuses a turn with history, a guardrail finding, an order reference or a handoff", () => {
    expect(whyNotLookUp(turn({ history: [message("user"), message("assistant")] }))).toBe("history");
    expect(whyNotLookUp(turn({ history: [message("agent")] }))).toBe("history");
    expect(whyNotLookUp(turn({ inputFindings: [finding] }))).toBe("guardrail");
    expect(whyNotLookUp(turn({ userText: "Where is my order NL-100234?" }))).toBe("order_reference");
    expect(whyNotLookUp(turn({ pendingEscalation: [{ trigger: "human_request", detail: "asked" }] }))).toBe("escalation");
    expect(whyNotLookUp(turn({ deliveredToAgent: true }))).toBe("escalation");
  });

  it("stands aside when the turn already has its reply", () => {
    const refusal = { text: "I can't help with that.", model: null, usage: { inputTokens: 0, outputTokens: 0 }, status: "complete" as const };
    expect(whyNotLookUp(turn({ guardrailBlocked: "INPUT", answer: refusal }))).toBe("guardrail");
    expect(whyNotLookUp(turn({ answer: refusal }))).toBe("answered");
  });
});

describe("whyNotStore", () => {
  it("stores a complete, cited model answer to an eligible question", () => {
    expect(whyNotStore(answered())).toBeUndefined();
  });

  it("keeps the reason found at lookup, and never stores a cached answer again", () => {
    expect(whyNotStore(answered({ responseCache: { ineligible: "history" } }))).toBe("history");
    expect(whyNotStore(answered({ responseCache: { scope, hit: "exact" } }))).toBe("cached");
    expect(whyNotStore(answered({ responseCache: undefined }))).toBe("answered");
  });

  it("refuses incomplete, failed and fixed answers", () => {
    const usage = { inputTokens: 0, outputTokens: 0 };
    expect(whyNotStore(answered({ answer: { text: "Gift cards are", model: "haiku", usage, status: "incomplete" } }))).toBe("incomplete");
    expect(whyNotStore(answered({ failure: { code: "model_error", message: "x", retryable: true } }))).toBe("incomplete");
    expect(whyNotStore(answered({ answer: { text: "A specialist is coming.", model: null, usage, status: "complete" } }))).toBe("incomplete");
  });

  it("refuses answers that used a tool, an order, an attachment, a guardrail or a handoff", () => {
    expect(whyNotStore(answered({ toolsUsed: ["order_status"] }))).toBe("tool");
    expect(whyNotStore(answered({ classification: { route: "simple", needs_order: true, intent: "order_status", topic: "orders", sentiment: 0, confidence: 0.9 } }))).toBe("order");
    expect(whyNotStore(answered({ attachment: { filename: "receipt.pdf", fields: {} } }))).toBe("attachment");
    expect(whyNotStore(answered({ outputGuardrail: { action: "ANONYMIZED", findings: [finding] } }))).toBe("guardrail");
    expect(whyNotStore(answered({ escalation: { reasons: [{ trigger: "legal_threat", detail: "x" }], position: 1 } }))).toBe("escalation");
  });

  it("refuses answers without citations", () => {
    expect(whyNotStore(answered({ citations: [] }))).toBe("no_citations");
  });
});
