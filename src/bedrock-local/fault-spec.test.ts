import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFaultSpecSetting } from "./fault-spec.ts";

describe("readFaultSpecSetting", () => {
  it("reads JSON inline or from @file, and says what is wrong otherwise", () => {
    expect(readFaultSpecSetting('{"rules":[{"kind":"throttle","burst":2}]}')).toEqual({ rules: [{ kind: "throttle", burst: 2 }] });
    const directory = mkdtempSync(path.join(tmpdir(), "faults-"));
    try {
      const file = path.join(directory, "faults.json");
      writeFileSync(file, JSON.stringify({ seed: 4, rules: [{ model: "*sonnet*", kind: "stream-cut", afterEvents: 3 }] }));
      expect(readFaultSpecSetting(`@${file}`)).toEqual({ seed: 4, rules: [{ model: "*sonnet*", kind: "stream-cut", afterEvents: 3 }] });
      expect(() => readFaultSpecSetting(`@${path.join(directory, "missing.json")}`)).toThrow(/cannot read the fault spec file/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    expect(() => readFaultSpecSetting("{rules")).toThrow(/not valid JSON/);
    expect(() => readFaultSpecSetting('{"rules":[{"kind":"throttle","burst":0}]}')).toThrow(/invalid fault spec/);
  });
});
