// Every horizontal space, including no-break and ideographic spaces, becomes one plain space.
const horizontalSpace = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// Invisible characters and C0 controls that PDF and Word text layers leave behind.
const invisible = /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;

/** Collapse whitespace inside each line, trim lines, and keep at most one blank line between paragraphs. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(invisible, "")
    .split("\n")
    .map((line) => line.replace(horizontalSpace, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
