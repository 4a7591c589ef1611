/** Collects text pieces, merging requested breaks so nested blocks never pile up blank lines. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private pendingBreak: 0 | 1 | 2 = 0;

  /** Append text; whitespace waiting at the start of a line is dropped. */
  push(text: string): void {
    if (!text) return;
    if (this.pendingBreak > 0) {
      if (!text.trim()) return;
      if (this.parts.length > 0) this.parts.push(this.pendingBreak === 2 ? "\n\n" : "\n");
      this.pendingBreak = 0;
    }
    this.parts.push(text);
  }

  /** Ask for a line break (1) or a paragraph break (2) before the next text. */
  break(level: 1 | 2): void {
    if (level > this.pendingBreak) this.pendingBreak = level;
  }

  toString(): string {
    return this.parts.join("");
  }
}
