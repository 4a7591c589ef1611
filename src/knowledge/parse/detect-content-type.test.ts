import { describe, expect, it } from "vitest";
import { detectContentType } from "./detect-content-type.ts";
import { DocumentParseError } from "./document-parse-error.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("detectContentType", () => {
  it("trusts a declared type, ignoring parameters and case", () => {
    expect(detectContentType({ contentType: "Text/HTML; charset=ISO-8859-1", bytes: bytes("x") })).toBe("text/html");
    expect(detectContentType({ contentType: "text/x-markdown", filename: "a.txt", bytes: bytes("x") })).toBe("text/markdown");
    expect(detectContentType({ contentType: docx, bytes: bytes("x") })).toBe(docx);
  });

  it("falls back to the extension when the declared type says nothing", () => {
    const cases: Array<[string, string]> = [
      ["notes.MD", "text/markdown"],
      ["a.markdown", "text/markdown"],
      ["a.txt", "text/plain"],
      ["a.text", "text/plain"],
      ["a.htm", "text/html"],
      ["dir/page.html", "text/html"],
      ["a.pdf", "application/pdf"],
      ["a.docx", docx],
    ];
    for (const [filename, expected] of cases) {
      expect(detectContentType({ contentType: "application/octet-stream", filename, bytes: bytes("x") })).toBe(expected);
    }
  });

  it("falls back to magic bytes", () => {
    expect(detectContentType({ bytes: bytes("%PDF-1.4\n...") })).toBe("application/pdf");
    expect(detectContentType({ bytes: bytes("PK\u0003\u0004....word/document.xml....") })).toBe(docx);
  });

  it("refuses an unsupported type with a message naming it", () => {
    const zip = bytes("PK\u0003\u0004....xl/workbook.xml....");
    expect(() => detectContentType({ contentType: "application/zip", bytes: zip })).toThrowError(
      new DocumentParseError(
        "unsupported_type",
        "Unsupported file type 'application/zip' (supported: Markdown (.md), plain text (.txt), HTML (.html), PDF (.pdf), Word (.docx))",
      ),
    );
    expect(() => detectContentType({ filename: "sheet.xlsx", bytes: zip })).toThrow(/'\.xlsx'/);
    expect(() => detectContentType({ bytes: bytes("hello") })).toThrow(/'unknown'/);
  });

  it("prefers a supported extension over a wrong or vaguer declared type", () => {
    expect(detectContentType({ contentType: "application/zip", filename: "a.docx", bytes: bytes("x") })).toBe(docx);
    expect(detectContentType({ contentType: "text/plain; charset=utf-8", filename: "faq.md", bytes: bytes("x") })).toBe("text/markdown");
    expect(detectContentType({ contentType: "text/plain", filename: "faq.html", bytes: bytes("x") })).toBe("text/plain");
  });
});
