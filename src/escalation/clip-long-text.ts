// A pasted log or e-mail thread can run to many kilobytes; what the customer asks for sits at
// its start or its end, and reading all of it would cost more than a turn may spend here.
const headCharacters = 2000;
const tailCharacters = 1000;

/** The text itself, or its head and tail joined by a paragraph break when it is very long. */
export function clipLongText(text: string): string {
  if (text.length <= headCharacters + tailCharacters) return text;
  return `${text.slice(0, headCharacters)}\n…\n${text.slice(-tailCharacters)}`;
}
