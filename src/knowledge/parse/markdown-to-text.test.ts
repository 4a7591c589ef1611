import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-to-text.ts";

describe("markdownToText", () => {
  it("keeps headings as their own paragraphs, without hashes", () => {
    expect(markdownToText("# Title #\nIntro.\n## Part\nBody.")).toBe("\nTitle\n\nIntro.\n\nPart\n\nBody.");
    expect(markdownToText("Setext title\n============\nBody.")).toBe("\nSetext title\n\nBody.");
  });

  it("keeps the words of links and drops images", () => {
    expect(markdownToText("See [the portal](https://x.test/a_(b)) or [docs][ref]. ![shot](s.png)\n\n[ref]: https://x.test"))
      .toBe("See the portal or docs. \n");
    expect(markdownToText("Mail <mailto:help@x.test> or visit <https://x.test/a_b_c>.")).toBe(
      "Mail mailto:help@x.test or visit https://x.test/a_b_c.",
    );
  });

  it("removes emphasis markers but not lone asterisks or snake_case", () => {
    expect(markdownToText("**Bold** and *italic*, __strong__ and _em_, ~~gone~~.")).toBe("Bold and italic, strong and em, gone.");
    expect(markdownToText("2 * 3 * 4 = 24 and my_variable_name stays")).toBe("2 * 3 * 4 = 24 and my_variable_name stays");
  });

  it("keeps code but not its fences or backticks", () => {
    expect(markdownToText("Run `npm_install **now**`:\n\n```bash\n# not a heading\necho *hi*\n```\nDone.")).toBe(
      "Run npm_install **now**:\n\n\n# not a heading\necho *hi*\n\nDone.",
    );
  });

  it("keeps list items on their own lines and joins soft-wrapped prose", () => {
    expect(markdownToText("First line\nsecond line.\n\n* one\n+ two\n  continued\n- [x] done\n3. three")).toBe(
      "First line second line.\n\n- one\n- two continued\n- done\n3. three",
    );
  });

  it("keeps a hard line break", () => {
    expect(markdownToText("Line one  \nLine two\\\nLine three")).toBe("Line one\nLine two\nLine three");
  });

  it("turns tables into rows of cells", () => {
    expect(markdownToText("| A | B \\| C |\n|:--|--:|\n| 1 | 2 |")).toBe(" A    B | C \n 1    2 ");
  });

  it("drops blockquote markers, thematic breaks, HTML tags and decodes entities", () => {
    expect(markdownToText("> Quoted &amp; <b>bold</b>\n\n***\n\nAfter&#33;")).toBe("Quoted & bold\n\n\n\nAfter!");
  });

  it("honours backslash escapes", () => {
    expect(markdownToText("\\*not emphasis\\* and \\# not heading")).toBe("*not emphasis* and # not heading");
  });
});
