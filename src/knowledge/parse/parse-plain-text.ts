import { decodeText } from "./decode-text.ts";
import { titleFromFirstLine } from "./document-title.ts";
import type { ParserOutput } from "./parsed-document.ts";

/** Plain text is kept as written; a short first line serves as its title. */
export async function parsePlainText(bytes: Uint8Array): Promise<ParserOutput> {
  const text = decodeText(bytes);
  return { text, title: titleFromFirstLine(text), metadata: {} };
}
