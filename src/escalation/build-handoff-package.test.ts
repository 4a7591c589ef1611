import { describe, expect, it } from "vitest";
import { buildHandoffPackage } from "./build-handoff-package.ts";
import { extractiveSummary } from "./extractive-summary.ts";

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 10, minute));
const transcript = [
  { role: "system" as const, text: "conversation started", createdAt: at(0) },
  { role: "user" as const, text: "My TV arrived with a cracked screen.", createdAt: at(1) },
  { role: "assistant" as const, text: "I'm sorry. You can return it within 30 days.", createdAt: at(2) },
  { role: "user" as const, text: "This is the worst service ever, I want a refund of $1,299 now!", createdAt: at(3) },
];

describe("extractiveSummary", () => {
  it("quotes the first customer message and the latest exchanges, labelled in the language", () => {
    expect(extractiveSummary(transcript, "en")).toBe(
      [
        "First customer message: “My TV arrived with a cracked screen.”",
        "Latest messages (2 customer messages in all):",
        "Assistant: “I'm sorry. You can return it within 30 days.”",
        "Customer: “This is the worst service ever, I want a refund of $1,299 now!”",
      ].join("\n"),
    );
    expect(extractiveSummary(transcript, "de")).toContain("Erste Nachricht des Kunden");
    expect(extractiveSummary([], "zh")).toBe("暂无消息。");
  });

  it("trims long messages at a word boundary, and Chinese by characters", () => {
    const long = [{ role: "user" as const, text: `${"word ".repeat(100)}end` }];
    const summary = extractiveSummary(long, "en");
    expect(summary.length).toBeLessThan(340);
    expect(summary).toMatch(/word…”$/u);
    expect(extractiveSummary([{ role: "user", text: "屏幕".repeat(200) }], "zh")).toMatch(/…”$/u);
  });
});

describe("buildHandoffPackage", () => {
  it("assembles the package and falls back to an extractive summary and lexicon sentiment", () => {
    const handoff = buildHandoffPackage({
      reasons: [{ trigger: "refund_over_threshold", detail: "refund of $1,299 (from the message) is over USD 500" }],
      transcript,
      language: "en",
      kbArticles: [
        { externalId: "returns", title: "Returns" },
        { externalId: "returns", title: "Returns" },
        { externalId: "damaged", title: "Damaged deliveries" },
      ],
      order: { id: "NL-1", email: "a@example.com", status: "delivered", total: 1299, currency: "USD" },
    });
    expect(handoff.summary).toBe(extractiveSummary(transcript, "en"));
    expect(handoff.suggestedReply).toBeNull();
    expect(handoff.kbArticles).toEqual([
      { externalId: "returns", title: "Returns" },
      { externalId: "damaged", title: "Damaged deliveries" },
    ]);
    expect(handoff.sentimentTrend).toHaveLength(2);
    expect(handoff.sentimentTrend[1]).toBeLessThan(-0.6);
    expect(handoff.transcript).toEqual([
      { role: "user", text: "My TV arrived with a cracked screen.", at: "2025-01-01T10:01:00.000Z" },
      { role: "assistant", text: "I'm sorry. You can return it within 30 days.", at: "2025-01-01T10:02:00.000Z" },
      { role: "user", text: "This is the worst service ever, I want a refund of $1,299 now!", at: "2025-01-01T10:03:00.000Z" },
    ]);
    expect(handoff.order?.id).toBe("NL-1");
  });

  it("keeps a model's summary, suggested reply and sentiment as given", () => {
    const handoff = buildHandoffPackage({
      reasons: [],
      transcript,
      language: "en",
      summary: " Customer wants a refund for a cracked TV. ",
      suggestedReply: "I've started your refund.",
      sentimentTrend: [-0.2, -0.8],
    });
    expect(handoff).toMatchObject({ summary: "Customer wants a refund for a cracked TV.", suggestedReply: "I've started your refund.", sentimentTrend: [-0.2, -0.8] });
    expect(handoff).not.toHaveProperty("order");
  });
});
