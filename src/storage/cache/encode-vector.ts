/**
 * A vector as base64 of its float32 values: a quarter of the size of JSON numbers, which matters for
 * 1024-dimension embeddings kept by the thousand. Float32 keeps about 7 significant digits, far
 * more than cosine similarity between normalized embeddings needs.
 */
export function encodeVector(vector: readonly number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString("base64");
}

/** The vector `encodeVector` wrote, as float32 values (comparing needs no copy to numbers). */
export function decodeVector(encoded: string): Float32Array {
  const bytes = Buffer.from(encoded, "base64");
  // A copy: the decoded buffer may be a slice of Node's shared pool, not aligned for floats.
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
