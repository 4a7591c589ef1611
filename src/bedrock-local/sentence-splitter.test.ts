import { describe, expect, it } from "vitest";
import { splitPassage, splitSentences } from "./sentence-splitter.ts";

describe("splitSentences", () => {
  it("splits Latin sentences but not abbreviations, initials, ordinals or decimals", () => {
    expect(splitSentences("Items must be unused, e.g. with tags. Refunds cost €4.95. Ab dem 1. Januar gilt das, z. B. für Express. Fragen? Ja!")).toEqual([
      "Items must be unused, e.g. with tags.",
      "Refunds cost €4.95.",
      "Ab dem 1. Januar gilt das, z. B. für Express.",
      "Fragen?",
      "Ja!",
    ]);
  });

  it("splits at CJK sentence punctuation without spaces", () => {
    expect(splitSentences("您可以在30天内退货。商品必须未使用！需要帮助吗？请联系我们。")).toEqual([
      "您可以在30天内退货。",
      "商品必须未使用！",
      "需要帮助吗？",
      "请联系我们。",
    ]);
  });

  it("handles Spanish opening punctuation", () => {
    expect(splitSentences("Gracias por tu compra. ¿Necesitas ayuda? Escríbenos.")).toEqual(["Gracias por tu compra.", "¿Necesitas ayuda?", "Escríbenos."]);
  });
});

describe("splitPassage", () => {
  it("tells headings, FAQ questions, sentences and list items apart", () => {
    const units = splitPassage(`# Payments
How can I pay?
We accept:
- Visa
- PayPal

Shipping
Orders ship within
two days. Contact support@example.com`);
    expect(units.map((unit) => [unit.kind, unit.text])).toEqual([
      ["heading", "Payments"],
      ["question", "How can I pay?"],
      ["sentence", "We accept:"],
      ["list-item", "Visa"],
      ["list-item", "PayPal"],
      ["heading", "Shipping"],
      ["sentence", "Orders ship within two days."],
      ["sentence", "Contact support@example.com"],
    ]);
  });

  it("keeps list items together and numbered steps with their markers for display", () => {
    const units = splitPassage("To return an item:\n1. Sign in.\n2. Open Orders.\n\nDone.");
    expect(units.map((unit) => unit.display)).toEqual(["To return an item:", "1. Sign in.", "2. Open Orders.", "Done."]);
    expect(units[1]?.block).toBe(units[2]?.block);
    expect(units[3]?.block).not.toBe(units[2]?.block);
  });

  it("reads table rows as sentences and skips separators", () => {
    const units = splitPassage("| Method | Time |\n|---|---|\n| Standard | 3–5 days |");
    expect(units.map((unit) => unit.text)).toEqual(["Method | Time", "Standard | 3–5 days"]);
  });

  it("reads a table flattened to text as a header with rows", () => {
    const units = splitPassage("Shoes\n\nUS EU UK\n8 41 7.5\n9 42.5 8.5\n\nMeasure in the evening.");
    expect(units.map((unit) => unit.kind)).toEqual(["heading", "table-header", "list-item", "list-item", "sentence"]);
  });

  it("does not take a short line with a price for a heading", () => {
    expect(splitPassage("Full zipper replacement $45\nSlider replacement $25")[0]?.kind).toBe("sentence");
  });
});
