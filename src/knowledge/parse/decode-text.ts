/** Decode text bytes: UTF-16 when a byte-order mark says so, otherwise UTF-8 with U+FFFD for invalid bytes; the BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  // Windows tools still save "Unicode" text as UTF-16 with a BOM; reading it as UTF-8 would be noise.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
