export const attachmentTypes = ["application/pdf", "image/png", "image/jpeg", "image/webp", "text/plain"] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/**
 * What an attached file really is, from its first bytes (a declared type or a file name is only a
 * claim): a PDF, a PNG, JPEG or WebP image, or UTF-8 text. Undefined for anything else, which is refused.
 */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (bytes.byteLength > 0 && isUtf8Text(bytes)) return "text/plain";
  return undefined;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // Binary formats decode as UTF-8 now and then; control characters other than whitespace give them away.
    return !/[\u0000-\u0008\u000e-\u001f]/u.test(decoded);
  } catch {
    return false;
  }
}
