import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DocumentParseError, parseDocument } from "./parse-document.ts";

const fixtures = new URL("../../../test/fixtures/documents/", import.meta.url);

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(name, fixtures)));
}

async function parseError(promise: Promise<unknown>): Promise<DocumentParseError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DocumentParseError);
  return error as DocumentParseError;
}

describe("parseDocument on fixtures", () => {
  it("reads Markdown with front matter", async () => {
    const document = await parseDocument({ bytes: await fixture("returns.md"), filename: "returns.md" });
    expect(document).toMatchObject({
      title: "Returns and refunds policy",
      contentType: "text/markdown",
      externalId: "kb-returns-001",
      lang: "en",
      category: "returns",
      region: "eu",
      metadata: { updated: "2024-05-01", version: "3", tags: "returns, refunds" },
    });
    const { text } = document;
    expect(text.startsWith("Returns and refunds\n\nYou can return most items within 30 days of delivery")).toBe(true);
    expect(text).toContain("See the returns portal to start a return.");
    expect(text).toContain("1. Sign in and open Your orders.\n2. Choose the item and select Return item.");
    expect(text).toContain("\n\nRefunds\n\n");
    expect(text).toContain("Card 3-5 days\nPayPal 1-2 days");
    expect(text).toContain("- Perishable goods such as food and flowers\n- Gift cards");
    expect(text).toContain("Reference code format: RMA-2024-000123");
    for (const syntax of ["#", "**", "](", "![", "```", "|", "---", "_Last"]) expect(text).not.toContain(syntax);
  });

  it("reads HTML without page furniture", async () => {
    const document = await parseDocument({ bytes: await fixture("shipping.html"), contentType: "text/html; charset=utf-8" });
    expect(document).toMatchObject({
      title: "Shipping & delivery",
      contentType: "text/html",
      externalId: "kb-shipping-002",
      lang: "en",
      category: "shipping",
      region: "eu",
      metadata: { description: "Delivery times, costs and tracking" },
    });
    const { text } = document;
    expect(text.startsWith("Shipping & delivery\n\nWe ship to every country")).toBe(true);
    expect(text).toContain("\n\nDelivery times\n\n");
    expect(text).toContain("Standard 3–5 working days €4.95, free over €50");
    expect(text).toContain("leaves the warehouse.\nTracking can take up to 24 hours");
    expect(text).toContain("- If the parcel has not moved for 5 days, contact support.");
    for (const furniture of ["Help centre", "analytics", "font-family", "All rights reserved", "Enable JavaScript", "DOCTYPE"]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("reads the text layer of a PDF, pages apart", async () => {
    const document = await parseDocument({ bytes: await fixture("warranty.pdf"), filename: "warranty.pdf" });
    expect(document.title).toBe("Warranty Policy");
    expect(document.contentType).toBe("application/pdf");
    expect(document.lang).toBe("en");
    expect(document.text).toContain("Every product sold by Switchboard Outfitters carries a two-year limited warranty.");
    expect(document.text).toContain("is not covered.\n\nHow to make a claim\n");
  });

  it("reads a Word document with its headings", async () => {
    const document = await parseDocument({ bytes: await fixture("gift-cards.docx"), filename: "gift-cards.docx" });
    expect(document.title).toBe("Gift Cards");
    expect(document.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(document.lang).toBe("en");
    expect(document.text).toContain("never expire.\n\nA gift card is delivered");
    expect(document.text).toContain("\n\nRedeeming a gift card\n\nEnter the 16-digit code at checkout.");
  });

  it("recognises a PDF and a Word file by their bytes alone", async () => {
    const pdf = await parseDocument({ bytes: await fixture("warranty.pdf") });
    expect(pdf.contentType).toBe("application/pdf");
    const docx = await parseDocument({ bytes: await fixture("gift-cards.docx"), contentType: "application/octet-stream" });
    expect(docx.title).toBe("Gift Cards");
  });

  it("rejects a damaged PDF as corrupt", async () => {
    const error = await parseError(parseDocument({ bytes: await fixture("corrupt.pdf"), filename: "corrupt.pdf" }));
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/^PDF could not be read: /);
  });

  it("rejects a scanned PDF as having no text layer", async () => {
    const error = await parseError(parseDocument({ bytes: await fixture("scanned.pdf"), filename: "scanned.pdf" }));
    expect(error.code).toBe("empty");
    expect(error.message).toMatch(/no text layer/);
  });

  it("rejects a damaged Word file as corrupt", async () => {
    const bytes = new TextEncoder().encode("PK\u0003\u0004 word/document.xml but not really a zip");
    const error = await parseError(parseDocument({ bytes, filename: "broken.docx" }));
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/^Word document could not be read: /);
  });

  it("explains that an old binary Word file must be saved as .docx", async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await parseError(parseDocument({ bytes, filename: "old.docx" }));
    expect(error.code).toBe("unsupported_type");
    expect(error.message).toMatch(/save it as an unprotected \.docx/);
  });

  it("rejects whitespace-only text as empty", async () => {
    const error = await parseError(parseDocument({ bytes: await fixture("empty.txt"), filename: "empty.txt" }));
    expect(error.code).toBe("empty");
    expect(error.message).toBe("Text file contains no text.");
  });

  it("rejects a file of unknown type, naming what is supported", async () => {
    const error = await parseError(parseDocument({ bytes: await fixture("unknown.bin"), filename: "unknown.bin" }));
    expect(error.code).toBe("unsupported_type");
    expect(error.status).toBe(415);
    expect(error.message).toBe(
      "Unsupported file type '.bin' (supported: Markdown (.md), plain text (.txt), HTML (.html), PDF (.pdf), Word (.docx))",
    );
  });
});

describe("parseDocument", () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it("refuses files over the size limit before reading them", async () => {
    const error = await parseError(
      parseDocument({ bytes: new Uint8Array(3 * 1024 * 1024), filename: "big.bin", maxBytes: 2 * 1024 * 1024 }),
    );
    expect(error.code).toBe("too_large");
    expect(error.status).toBe(413);
    expect(error.message).toBe("File is 3 MiB, over the 2 MiB limit for knowledge-base documents.");
  });

  it("titles plain text by its first short line, else by its file name", async () => {
    const short = await parseDocument({ bytes: encode("\n\n  Opening hours  \nWe are open every day."), filename: "hours.txt" });
    expect(short.title).toBe("Opening hours");
    expect(short.text).toBe("Opening hours\nWe are open every day.");
    const long = await parseDocument({ bytes: encode(`${"word ".repeat(40)}\nmore`), filename: "notes/long-line.txt" });
    expect(long.title).toBe("long-line");
  });

  it("titles Markdown by its first heading, else by its file name", async () => {
    const headed = await parseDocument({ bytes: encode("Intro line.\n\n# Store *locations*\n\nText."), filename: "stores.md" });
    expect(headed.title).toBe("Store locations");
    const plain = await parseDocument({ bytes: encode("Just text, no heading."), filename: "faq/opening-hours.markdown" });
    expect(plain.title).toBe("opening-hours");
  });

  it("normalises front matter language tags", async () => {
    const chinese = await parseDocument({ bytes: encode("---\nlang: zh-Hans\n---\nHello"), filename: "a.md" });
    expect(chinese.lang).toBe("zh");
    const upper = await parseDocument({ bytes: encode("---\nlang: EN\n---\nHola"), filename: "a.md" });
    expect(upper.lang).toBe("en");
  });

  it("detects the language from the text when none is declared", async () => {
    const spanish = "Los artículos se pueden devolver dentro de los treinta días posteriores a la entrega.";
    expect((await parseDocument({ bytes: encode(spanish), filename: "a.txt" })).lang).toBe("es");
    const chinese = "收到商品后三十天内可以退货。退款将在五个工作日内退回原支付方式。";
    expect((await parseDocument({ bytes: encode(chinese), filename: "a.txt" })).lang).toBe("zh");
    expect((await parseDocument({ bytes: encode("Hello"), filename: "a.txt" })).lang).toBeUndefined();
  });

  it("decodes invalid UTF-8 with replacement characters and drops a byte-order mark", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode("Caf"), 0xe9, ...encode(" menu")]);
    const document = await parseDocument({ bytes, contentType: "text/plain" });
    expect(document.text).toBe("Caf\ufffd menu");
  });

  it("decodes UTF-16 text that carries a byte-order mark", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Größe und Passform", "utf16le")]);
    const document = await parseDocument({ bytes: new Uint8Array(utf16), filename: "sizes.txt" });
    expect(document.text).toBe("Größe und Passform");
  });

  it("collapses whitespace inside lines and keeps paragraph breaks", async () => {
    const document = await parseDocument({ bytes: encode("A  \t b\r\n\r\n\r\n\r\nc\u00a0\u00a0d\n"), filename: "a.txt" });
    expect(document.text).toBe("A b\n\nc d");
  });

  it("reads front matter after a byte-order mark", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode("---\ntitle: With BOM\ncategory: faq\n---\nBody text.")]);
    const document = await parseDocument({ bytes, filename: "bom.md" });
    expect(document).toMatchObject({ title: "With BOM", category: "faq", text: "Body text." });
  });

  it("says so when a Markdown file has front matter but no body", async () => {
    const error = await parseError(parseDocument({ bytes: encode("---\ntitle: Draft\n---\n\n"), filename: "draft.md" }));
    expect(error.code).toBe("empty");
    expect(error.message).toBe("Markdown file contains no text.");
  });

  it("leaves absent fields out instead of setting them to undefined", async () => {
    const document = await parseDocument({ bytes: encode("Short note"), filename: "note.txt" });
    expect(Object.keys(document).sort()).toEqual(["contentType", "metadata", "text", "title"]);
  });
});
