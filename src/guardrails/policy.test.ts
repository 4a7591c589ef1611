import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultGuardrailPolicy } from "./default-guardrail-policy.ts";
import { loadGuardrailPolicy, parseGuardrailPolicyText } from "./load-guardrail-policy.ts";
import { GuardrailPolicyError, parseGuardrailPolicy } from "./policy.ts";

const minimal = { name: "p", messages: { blockedInput: { en: "in" }, blockedOutput: { en: "out" } } };

describe("parseGuardrailPolicy", () => {
  it("accepts the default policy unchanged", () => {
    expect(parseGuardrailPolicy(defaultGuardrailPolicy)).toEqual(defaultGuardrailPolicy);
  });

  it("fills in defaults for a minimal policy", () => {
    const policy = parseGuardrailPolicy(minimal);
    expect(policy.contentFilters).toEqual([]);
    expect(policy.words).toEqual({ custom: [], managedProfanity: false });
    expect(policy.sensitiveInformation).toEqual({ entities: [], regexes: [] });
  });

  it("lists every problem with its path", () => {
    try {
      parseGuardrailPolicy({
        name: "p",
        contentFilters: [{ type: "PROMPT_ATTACK", inputStrength: "EXTREME", outputStrength: "NONE" }],
        sensitiveInformation: { regexes: [{ name: "bad", pattern: "(", action: "BLOCK" }] },
        deniedTopics: [{ name: "t", definition: "d", signals: [{ weight: 0.5, phrases: ["re:["] }] }],
        messages: { blockedInput: {}, blockedOutput: { en: "out" } },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GuardrailPolicyError);
      const issues = (error as GuardrailPolicyError).issues.join("\n");
      expect(issues).toContain("contentFilters[0].inputStrength");
      expect(issues).toContain("sensitiveInformation.regexes[0].pattern: not a valid regular expression");
      expect(issues).toContain("messages.blockedInput.en");
      expect(issues).toContain("deniedTopics[0].signals[0].phrases");
    }
  });
});

describe("loadGuardrailPolicy", () => {
  let directory = "";
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "guardrail-policy-"));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("reads JSON and YAML files", async () => {
    const jsonPath = join(directory, "policy.json");
    await writeFile(jsonPath, JSON.stringify(minimal));
    expect((await loadGuardrailPolicy(jsonPath)).name).toBe("p");

    const yamlPath = join(directory, "policy.yaml");
    await writeFile(
      yamlPath,
      [
        "name: from-yaml",
        "words:",
        "  managedProfanity: true",
        "messages:",
        "  blockedInput: { en: in }",
        "  blockedOutput: { en: out }",
      ].join("\n"),
    );
    const policy = await loadGuardrailPolicy(yamlPath);
    expect(policy.name).toBe("from-yaml");
    expect(policy.words.managedProfanity).toBe(true);
  });

  it("names the file in syntax errors", () => {
    expect(() => parseGuardrailPolicyText("{ not json", "broken.json")).toThrow(/broken\.json.*cannot parse/s);
  });
});
