import { detectContentType } from "./detect-content-type.ts";
import { detectDocumentLanguage } from "./detect-document-language.ts";
import { DocumentParseError } from "./document-parse-error.ts";
import { titleFromFilename, titleFromFirstLine } from "./document-title.ts";
import { normalizeLanguage } from "../../i18n/language.ts";
import { normalizeWhitespace } from "./normalize-whitespace.ts";
import { parseDocx } from "./parse-docx.ts";
import { parseHtml } from "./parse-html.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { parsePdf } from "./parse-pdf.ts";
import { parsePlainText } from "./parse-plain-text.ts";
import type { DocumentParser, ParsedDocument, SupportedContentType } from "./parsed-document.ts";

export { detectContentType } from "./detect-content-type.ts";
export { DocumentParseError } from "./document-parse-error.ts";
export type { DocumentParseErrorCode } from "./document-parse-error.ts";
export type { ParsedDocument, SupportedContentType } from "./parsed-document.ts";

export const defaultMaxBytes = 20 * 1024 * 1024;

const parsers: Record<SupportedContentType, DocumentParser> = {
  "text/markdown": parseMarkdown,
  "text/plain": parsePlainText,
  "text/html": parseHtml,
  "application/pdf": parsePdf,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": parseDocx,
};

const formatNames: Record<SupportedContentType, string> = {
  "text/markdown": "Markdown file",
  "text/plain": "Text file",
  "text/html": "HTML page",
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
};

/** Turn an uploaded file into clean text, a title and the metadata it carries. */
export async function parseDocument(input: {
  bytes: Uint8Array;
  contentType?: string;
  filename?: string;
  maxBytes?: number;
}): Promise<ParsedDocument> {
  const maxBytes = input.maxBytes ?? defaultMaxBytes;
  // Checked before anything reads the content, so a huge upload costs nothing to refuse.
  if (input.bytes.byteLength > maxBytes) {
    throw new DocumentParseError(
      "too_large",
      `File is ${formatSize(input.bytes.byteLength)}, over the ${formatSize(maxBytes)} limit for knowledge-base documents.`,
    );
  }
  const contentType = detectContentType(input);
  const parsed = await parsers[contentType](input.bytes);
  const text = normalizeWhitespace(parsed.text);
  if (!text) {
    throw new DocumentParseError("empty", `${formatNames[contentType]} contains no text.`);
  }
  return {
    title: cleanTitle(parsed.title) ?? titleFromFilename(input.filename) ?? titleFromFirstLine(text) ?? "Untitled document",
    text,
    contentType,
    ...optional("externalId", parsed.externalId?.trim()),
    ...optional("lang", normalizeLanguage(parsed.lang) ?? detectDocumentLanguage(text)),
    ...optional("category", parsed.category?.trim()),
    ...optional("region", parsed.region?.trim()),
    metadata: parsed.metadata,
  };
}

// Absent fields stay absent rather than present-but-undefined, so results compare and serialize cleanly.
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function cleanTitle(title: string | undefined): string | undefined {
  const cleaned = title ? normalizeWhitespace(title).replace(/\n+/g, " ") : "";
  return cleaned || undefined;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
}
