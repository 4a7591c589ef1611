import { describe, expect, it } from "vitest";
import { createGuardrailEngine, defaultGuardrailPolicy } from "../guardrails/index.ts";
import { allowKnowledgeBaseText } from "./allow-knowledge-base-text.ts";

const engine = createGuardrailEngine(defaultGuardrailPolicy);
const output = { source: "OUTPUT" as const, language: "en" };

describe("allowKnowledgeBaseText", () => {
  it("lets a phone number quoted from the knowledge base through", () => {
    const guarded = allowKnowledgeBaseText(engine, ["Call our support line at +1 415 555 0132, Monday to Friday."]);
    const result = guarded.check("You can call us at +1 415 555 0132.", output);
    expect(result).toMatchObject({ action: "NONE", output: "You can call us at +1 415 555 0132." });
  });

  it("still anonymizes e-mail addresses, quoted or not", () => {
    const guarded = allowKnowledgeBaseText(engine, ["Call our support line at +1 415 555 0132 or write to jane.doe@example.com."]);
    const result = guarded.check("Write to jane.doe@example.com or call +1 415 555 0132.", output);
    expect(result.action).toBe("ANONYMIZED");
    expect(result.output).toContain("{EMAIL}");
    expect(result.output).toContain("+1 415 555 0132");
  });

  it("never relaxes a block", () => {
    const guarded = allowKnowledgeBaseText(engine, ["Test card 4111 1111 1111 1111"]);
    expect(guarded.check("Use 4111 1111 1111 1111 to pay.", output).action).toBe("BLOCKED");
  });
});
