import { describe, expect, it } from "vitest";
import { detectAttachmentType } from "./detect-attachment-type.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)));

describe("detectAttachmentType", () => {
  it("recognizes PDFs and images by their signatures", () => {
    expect(detectAttachmentType(bytes("%PDF-1.4\n"))).toBe("application/pdf");
    expect(detectAttachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(detectAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(detectAttachmentType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("image/webp");
  });

  it("accepts UTF-8 text in any language", () => {
    expect(detectAttachmentType(bytes("Reçu n° 1042\r\nTotal: 59,90 €\t\n订单"))).toBe("text/plain");
  });

  it("refuses other binaries, invalid UTF-8 and empty files", () => {
    expect(detectAttachmentType(bytes("PK", [3, 4, 20, 0]))).toBeUndefined();
    expect(detectAttachmentType(bytes("MZ", [0x90, 0, 3, 0]))).toBeUndefined();
    expect(detectAttachmentType(bytes([0xc3, 0x28]))).toBeUndefined();
    expect(detectAttachmentType(bytes(""))).toBeUndefined();
    expect(detectAttachmentType(bytes("RIFF", [1, 2, 3, 4], "WAVEfmt "))).toBeUndefined();
  });
});
