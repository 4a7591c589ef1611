import { describe, expect, it } from "vitest";
import { summarizeTranscript } from "./summarize-transcript.ts";

const transcript = [
  { role: "customer" as const, text: "My blender arrived with a cracked jug. Order 55120. I'd like a new jug." },
  { role: "assistant" as const, text: "Sorry about that. Damaged items can be replaced within 30 days [1]." },
  { role: "customer" as const, text: "How do I get the replacement sent?" },
];

describe("summarizeTranscript", () => {
  it("quotes the issue, the latest reply and the latest ask in two to four sentences", () => {
    const summary = summarizeTranscript(transcript, "en");
    expect(summary).toBe(
      "The customer wrote: “My blender arrived with a cracked jug. Order 55120. I'd like a new jug.”. " +
        "Support replied once, most recently: “Sorry about that. Damaged items can be replaced within 30 days [1].”. " +
        "The customer now asks: “How do I get the replacement sent?”.",
    );
  });

  it("frames the quotes in the agent's language and notes an upset customer", () => {
    const summary = summarizeTranscript([{ role: "customer", text: "Das ist eine Frechheit, mein Paket ist seit Wochen verschwunden und niemand hilft!" }], "de");
    expect(summary).toMatch(/^Der Kunde schrieb: „Das ist eine Frechheit/u);
    expect(summary).toContain("Bisher gab es keine Antwort.");
    expect(summary).toContain("Der Kunde ist verärgert.");
    expect(summarizeTranscript(transcript, "zh")).toMatch(/^客户写道：“My blender[^]*客服已回复 1 次/u);
  });

  it("says so when there is no customer message", () => {
    expect(summarizeTranscript([], "fr")).toBe("La conversation ne contient pas encore de message du client.");
  });
});
