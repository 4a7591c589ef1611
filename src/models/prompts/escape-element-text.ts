/**
 * Customer text placed inside a prompt element must not be able to close that element (or open
 * another one the prompt gives meaning to) and smuggle instructions outside it.
 */
export function escapeElementText(text: string, elements: readonly string[]): string {
  const pattern = new RegExp(`<(/?)(${elements.join("|")})\\b`, "gi");
  return text.replace(pattern, "&lt;$1$2");
}
