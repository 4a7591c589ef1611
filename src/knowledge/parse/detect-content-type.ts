import { DocumentParseError } from "./document-parse-error.ts";
import type { SupportedContentType } from "./parsed-document.ts";

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const typeByDeclared: Record<string, SupportedContentType> = {
  "text/markdown": "text/markdown",
  "text/x-markdown": "text/markdown",
  "text/plain": "text/plain",
  "text/html": "text/html",
  "application/xhtml+xml": "text/html",
  "application/pdf": "application/pdf",
  "application/x-pdf": "application/pdf",
  [docxType]: docxType,
};

const typeByExtension: Record<string, SupportedContentType> = {
  md: "text/markdown",
  markdown: "text/markdown",
  txt: "text/plain",
  text: "text/plain",
  html: "text/html",
  htm: "text/html",
  pdf: "application/pdf",
  docx: docxType,
};

// Object stores and browsers send these when they do not know; they say nothing about the file.
const uninformativeTypes = new Set(["", "application/octet-stream", "binary/octet-stream", "application/unknown"]);

const supportedList = "Markdown (.md), plain text (.txt), HTML (.html), PDF (.pdf), Word (.docx)";

/** Decide the format from the declared type, then the file extension, then the first bytes. */
export function detectContentType(input: {
  contentType?: string;
  filename?: string;
  bytes: Uint8Array;
}): SupportedContentType {
  const declared = (input.contentType ?? "").split(";")[0].trim().toLowerCase();
  const extension = extensionOf(input.filename);
  const fromExtension = extension ? typeByExtension[extension] : undefined;
  const fromDeclared = typeByDeclared[declared];
  // Servers and object stores often label Markdown as plain text; the extension is more specific.
  if (fromDeclared === "text/plain" && fromExtension === "text/markdown") return fromExtension;
  if (fromDeclared) return fromDeclared;
  if (fromExtension) return fromExtension;

  const fromBytes = sniff(input.bytes);
  if (fromBytes) return fromBytes;

  const label = !uninformativeTypes.has(declared)
    ? declared
    : extension
      ? `.${extension}`
      : declared || "unknown";
  throw new DocumentParseError("unsupported_type", `Unsupported file type '${label}' (supported: ${supportedList})`);
}

function extensionOf(filename: string | undefined): string | undefined {
  const match = filename?.match(/\.([A-Za-z0-9]+)$/);
  return match ? match[1].toLowerCase() : undefined;
}

const zipSignature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function sniff(bytes: Uint8Array): SupportedContentType | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The PDF spec lets the header sit anywhere in the first 1024 bytes.
  if (buffer.subarray(0, 1024).includes("%PDF-", 0, "latin1")) return "application/pdf";
  const isZip = buffer.subarray(0, 4).equals(zipSignature);
  // Zip entry names are stored uncompressed, so a Word package names its main part in plain bytes.
  if (isZip && buffer.includes("word/document.xml", 0, "latin1")) return docxType;
  return undefined;
}
