import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { DocumentParseError } from "./document-parse-error.ts";
import type { ParserOutput } from "./parsed-document.ts";

/** Extract the text layer of a PDF, one blank line between pages; the document title comes from its info dictionary. */
export async function parsePdf(bytes: Uint8Array): Promise<ParserOutput> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of the buffer it is given, so it gets a copy, and stays quiet about repairs.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw new DocumentParseError("corrupt", `PDF could not be read: ${describe(error)}`, { cause: error });
  }
  try {
    const { text: pages } = await extractText(document, { mergePages: false });
    const text = pages.map((page) => page.trim()).filter(Boolean).join("\n\n");
    if (!text) {
      throw new DocumentParseError(
        "empty",
        "PDF has no text layer (it looks like a scanned image); run it through OCR and upload it again.",
      );
    }
    const { info } = await getMeta(document);
    return {
      text,
      title: cleanPdfTitle(stringField(info, "Title")),
      lang: stringField(info, "Language"),
      metadata: {},
    };
  } catch (error) {
    if (error instanceof DocumentParseError) throw error;
    throw new DocumentParseError("corrupt", `PDF could not be read: ${describe(error)}`, { cause: error });
  } finally {
    await document.destroy();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === "PasswordException") return "it is password-protected; remove the password and upload it again.";
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.?$/, ".");
}

function stringField(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key];
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

// Office exports fill the title with "Microsoft Word - draft.docx" when the author set none.
function cleanPdfTitle(title: string | undefined): string | undefined {
  const cleaned = title
    ?.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, "")
    .replace(/\.(?:docx?|pptx?|xlsx?|pdf|odt|rtf)$/i, "")
    .trim();
  return cleaned && !/^(?:untitled|document\d*)$/i.test(cleaned) ? cleaned : undefined;
}
