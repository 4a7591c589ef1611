import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonOnlyInstruction, parseStructuredOutput, repairMessages } from "./structured-output.ts";

const schema = z.object({ route: z.enum(["simple", "complex", "escalate"]), confidence: z.number().min(0).max(1) });

describe("parseStructuredOutput", () => {
  it("accepts plain JSON", () => {
    expect(parseStructuredOutput(schema, '{"route":"simple","confidence":0.9}')).toEqual({ success: true, data: { route: "simple", confidence: 0.9 } });
  });

  it("tolerates a ```json fence, but not prose around the value", () => {
    expect(parseStructuredOutput(schema, '```json\n{"route":"complex","confidence":0.5}\n```\n')).toEqual({ success: true, data: { route: "complex", confidence: 0.5 } });
    expect(parseStructuredOutput(schema, '```\n{"route":"simple","confidence":0.5}```').success).toBe(true);
    expect(parseStructuredOutput(schema, 'Sure! {"route":"escalate","confidence":1} Hope that helps.').success).toBe(false);
  });

  it("explains invalid JSON and schema violations", () => {
    const broken = parseStructuredOutput(schema, '{"route": "simple", ');
    expect(broken.success).toBe(false);
    expect(!broken.success && broken.error).toMatch(/^not valid JSON/);
    const wrong = parseStructuredOutput(schema, '{"route":"maybe","confidence":2}');
    expect(!wrong.success && wrong.error).toMatch(/route: .*; confidence: /);
  });
});

describe("repairMessages", () => {
  it("appends the rejected reply and a user message quoting the error and the output", () => {
    const messages = repairMessages([{ role: "user", content: [{ text: "classify: hi" }] }], "{oops", "not valid JSON: bad");
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    const text = (messages[2].content[0] as { text: string }).text;
    expect(text).toContain("<validation_error>not valid JSON: bad</validation_error>");
    expect(text).toContain("<previous_output>{oops</previous_output>");
  });
});

describe("jsonOnlyInstruction", () => {
  it("embeds the JSON Schema", () => {
    const block = jsonOnlyInstruction(schema) as { text: string };
    expect(block.text).toContain('"enum":["simple","complex","escalate"]');
  });
});
