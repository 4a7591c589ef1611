import { parsePdf } from "../../knowledge/parse/parse-pdf.ts";
import type { AttachmentTextSource } from "./attachment-store.ts";
import { OcrUnavailableError, type TextRecognizer } from "./text-recognizer.ts";

/** The attachment's text cannot be read (no text layer, nothing recognizable, OCR unavailable): retrying will not help. */
export class UnreadableAttachmentError extends Error {
  override name = "UnreadableAttachmentError";
}

// Receipts and invoices are short; the rest of a long document only costs tokens.
const maxCharacters = 20_000;

/** The text of an attachment: a PDF's text layer, OCR of an image, or the text file itself. */
export async function readAttachmentText(
  attachment: { contentType: string; bytes: Uint8Array },
  recognizer: TextRecognizer,
): Promise<{ text: string; source: AttachmentTextSource }> {
  const { text, source } = await read(attachment, recognizer);
  const trimmed = text.replace(/[ \t]+\n/g, "\n").trim();
  if (!trimmed) throw new UnreadableAttachmentError(source === "ocr" ? "No text was recognized in the image" : "The file contains no text");
  return { text: trimmed.slice(0, maxCharacters), source };
}

async function read(attachment: { contentType: string; bytes: Uint8Array }, recognizer: TextRecognizer): Promise<{ text: string; source: AttachmentTextSource }> {
  if (attachment.contentType === "application/pdf") {
    try {
      return { text: (await parsePdf(attachment.bytes)).text, source: "pdf" };
    } catch (error) {
      if (error instanceof Error && error.name === "DocumentParseError") throw new UnreadableAttachmentError(error.message);
      throw error;
    }
  }
  if (attachment.contentType.startsWith("image/")) {
    try {
      return { text: await recognizer.recognize(attachment.bytes), source: "ocr" };
    } catch (error) {
      throw new UnreadableAttachmentError(error instanceof OcrUnavailableError ? error.message : `The image could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { text: new TextDecoder().decode(attachment.bytes), source: "text" };
}
