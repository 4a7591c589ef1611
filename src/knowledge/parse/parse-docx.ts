import mammoth from "mammoth";
import { DocumentParseError } from "./document-parse-error.ts";
import { parseHtmlString } from "./parse-html.ts";
import type { ParserOutput } from "./parsed-document.ts";

/** Extract a Word document through its HTML rendering, so headings stay headings. */
export async function parseDocx(bytes: Uint8Array): Promise<ParserOutput> {
  if (isCompoundFile(bytes)) {
    throw new DocumentParseError(
      "unsupported_type",
      "This is an old Word (.doc) file or a password-protected document; save it as an unprotected .docx and upload it again.",
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images would arrive as huge data URIs that are dropped anyway.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentParseError("corrupt", `Word document could not be read: ${reason.replace(/\.?$/, ".")}`, { cause: error });
  }
  // The rendering has no <title>, so the first Heading 1 becomes the title.
  return parseHtmlString(html);
}

// Word 97–2003 files and encrypted Office files are OLE compound files, not zip packages.
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
