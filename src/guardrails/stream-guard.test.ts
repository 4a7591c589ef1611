import { describe, expect, it } from "vitest";
import { defaultGuardrailPolicy } from "./default-guardrail-policy.ts";
import { createGuardrailEngine } from "./engine.ts";
import { createStreamGuard } from "./stream-guard.ts";
import type { GuardrailEngine } from "./types.ts";

const engine = createGuardrailEngine(defaultGuardrailPolicy);

function streamThrough(guardEngine: GuardrailEngine, deltas: string[], language = "en") {
  const guard = createStreamGuard(guardEngine, { language });
  let shown = "";
  for (const delta of deltas) {
    const step = guard.push(delta);
    shown += step.emit;
    if (step.blocked) return { shown, blocked: step.blocked };
  }
  const last = guard.flush();
  return { shown: shown + last.emit, blocked: last.blocked };
}

describe("createStreamGuard", () => {
  it("holds text back until a sentence is complete", () => {
    const guard = createStreamGuard(engine, { language: "en" });
    expect(guard.push("Your order ")).toEqual({ emit: "" });
    expect(guard.push("ships today. It")).toEqual({ emit: "Your order ships today. " });
    expect(guard.flush()).toEqual({ emit: "It" });
  });

  it("anonymizes each sentence before it is emitted, even when PII arrives in pieces", () => {
    const { shown, blocked } = streamThrough(engine, ["Call us on +1 41", "5 555 26", "71. Thanks!"]);
    expect(blocked).toBeUndefined();
    expect(shown).toBe("Call us on {PHONE}. Thanks!");
  });

  it("stops at a blocked sentence with the localized message and emits nothing after it", () => {
    const guard = createStreamGuard(engine, { language: "es" });
    const first = guard.push("Claro. Tu tarjeta 4111 1111 ");
    expect(first).toEqual({ emit: "Claro. " });
    const second = guard.push("1111 1111 está guardada. Algo más.");
    expect(second.emit).toBe("");
    expect(second.blocked?.output).toBe(defaultGuardrailPolicy.messages.blockedOutput.es);
    expect(second.blocked?.findings[0]).toMatchObject({ type: "CREDIT_DEBIT_CARD_NUMBER", start: 18, end: 37 });
    expect(guard.push("More text. ").emit).toBe("");
    expect(guard.flush().blocked).toBeDefined();
  });

  it("sees a keyword in the previous sentence", () => {
    const { blocked } = streamThrough(engine, ["Your bank account number:\n", "12345678901\n"]);
    expect(blocked?.findings.map((finding) => finding.type)).toEqual(["US_BANK_ACCOUNT_NUMBER"]);
  });

  it("splits CJK sentences", () => {
    const { shown } = streamThrough(engine, ["好的。", "邮箱是a@b.co。谢谢"], "zh");
    expect(shown).toBe("好的。邮箱是{EMAIL}。谢谢");
  });

  it("cuts run-on text between words, never inside a number", () => {
    const checked: string[] = [];
    const spy: GuardrailEngine = {
      check(text, options) {
        checked.push(text);
        return engine.check(text, options);
      },
    };
    const guard = createStreamGuard(spy, { maxSentenceLength: 20 });
    const step = guard.push("words without any punctuation then card 4111 1111 1111 1111 and on");
    expect(step).toEqual({ emit: "words without any punctuation then " });
    expect(guard.flush().blocked?.action).toBe("BLOCKED");
    expect(checked.some((text) => /\d\s*$/.test(text) && !text.includes("4111 1111 1111 1111"))).toBe(false);
  });
});
