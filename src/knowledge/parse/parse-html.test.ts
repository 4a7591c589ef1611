import { describe, expect, it } from "vitest";
import { normalizeWhitespace } from "./normalize-whitespace.ts";
import { parseHtmlString } from "./parse-html.ts";

const textOf = (html: string) => normalizeWhitespace(parseHtmlString(html).text);

describe("parseHtmlString", () => {
  it("turns blocks into lines and paragraphs into paragraphs", () => {
    expect(textOf("<div>one</div><div><div>two</div></div><p>three<br>four</p><h2>Five</h2>six")).toBe(
      "one\ntwo\n\nthree\nfour\n\nFive\n\nsix",
    );
  });

  it("collapses source whitespace except inside <pre>", () => {
    expect(textOf("<p>a\n   b</p><pre><code>x  =  1\ny = <b>2</b></code></pre>")).toBe("a b\n\nx = 1\ny = 2");
  });

  it("numbers ordered list items and bullets the others", () => {
    expect(textOf('<ol start="3"><li>c</li><li>d</li></ol><ul><li>e</li></ul>')).toBe("3. c\n4. d\n\n- e");
  });

  it("keeps an article's own header but drops the site header", () => {
    expect(textOf("<header>Site</header><article><header><h1>Post</h1></header><p>Body</p></article>")).toBe("Post\n\nBody");
  });

  it("decodes entities in text, title and attributes", () => {
    const parsed = parseHtmlString(
      '<html lang="fr-CA"><title>Q&amp;A</title><meta name="category" content="help &amp; faq"><p>caf&eacute; &lt;3</p></html>',
    );
    expect(parsed.title).toBe("Q&A");
    expect(parsed.lang).toBe("fr-CA");
    expect(parsed.category).toBe("help & faq");
    expect(normalizeWhitespace(parsed.text)).toBe("café <3");
  });

  it("takes the first h1 when there is no <title>, and meta fields", () => {
    const parsed = parseHtmlString(
      '<meta name="language" content="de"><meta name="Region" content="dach"><meta name="document-id" content="7"><meta name="author" content="Ana"><h1>Größen</h1>',
    );
    expect(parsed).toMatchObject({ title: "Größen", lang: "de", region: "dach", externalId: "7", metadata: { author: "Ana" } });
  });
});
