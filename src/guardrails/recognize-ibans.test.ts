import { describe, expect, it } from "vitest";
import { recognizeIbans } from "./recognize-ibans.ts";

const found = (text: string) => recognizeIbans(text).map((detection) => text.slice(detection.start, detection.end));

describe("recognizeIbans", () => {
  it("finds grouped and compact IBANs", () => {
    expect(found("IBAN DE89 3704 0044 0532 0130 00 please")).toEqual(["DE89 3704 0044 0532 0130 00"]);
    expect(found("to GB82WEST12345698765432.")).toEqual(["GB82WEST12345698765432"]);
    expect(found("账户：NL91 ABNA 0417 1643 00")).toEqual(["NL91 ABNA 0417 1643 00"]);
  });

  it("rejects bad checksums and runs that continue past the country length", () => {
    expect(found("DE88 3704 0044 0532 0130 00")).toEqual([]);
    expect(found("DE89370400440532013000123")).toEqual([]);
  });
});
