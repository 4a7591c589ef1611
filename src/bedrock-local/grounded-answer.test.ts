import { describe, expect, it } from "vitest";
import { answerFromSources } from "./grounded-answer.ts";
import type { PromptSource } from "./source-parser.ts";
import type { ReplyLanguage } from "./text-folding.ts";

function source(id: string, lang: string, title: string, text: string, rank = Number(id) - 1): PromptSource {
  return { id, lang, title, text, rank, document: title.toLowerCase().replace(/\W+/g, "-") };
}

function answer(question: string, sources: PromptSource[], reply: ReplyLanguage, asked: ReplyLanguage = reply): string | undefined {
  return answerFromSources({ question, earlierQuestions: [], questionLanguage: asked, replyLanguage: reply }, sources);
}

const RETURNS_EN = source(
  "1",
  "en",
  "Returns and refunds",
  `# Returns and refunds
You can return most items within 30 days of delivery for a full refund. Items must be unused and in their original packaging.

## Refunds
Refunds are issued to the original payment method and usually appear within 5–7 business days.

## Exceptions
Underwear and personalised items cannot be returned. Gift cards are non-refundable.`,
);

const SHIPPING_EN = source(
  "2",
  "en",
  "Shipping",
  `Standard shipping within the EU takes 3–5 business days. Express shipping delivers the next business day.
Standard shipping costs €4.95 and is free for orders over €50.`,
);

const PAYMENT_EN = source(
  "3",
  "en",
  "Payment methods",
  `We accept the following payment methods:
- Visa and Mastercard
- PayPal
- Klarna (pay in 30 days)`,
);

const RETURNS_ES = source(
  "4",
  "es",
  "Devoluciones",
  "Puedes devolver la mayoría de los artículos en un plazo de 30 días desde la entrega. El reembolso suele aparecer en 5–7 días hábiles.",
);

const RETURNS_FR = source("5", "fr", "Retours", "Vous pouvez retourner la plupart des articles dans un délai de 30 jours après la livraison.");

const SHIPPING_DE = source(
  "6",
  "de",
  "Versand",
  "Der Standardversand innerhalb der EU dauert 3–5 Werktage. Der Standardversand kostet 4,95 € und ist ab 50 € kostenlos.",
);

const RETURNS_ZH = source("7", "zh", "退货政策", "大多数商品可在签收后30天内退货。退款通常在5至7个工作日内到账。");

const ALL = [RETURNS_EN, SHIPPING_EN, PAYMENT_EN, RETURNS_ES, RETURNS_FR, SHIPPING_DE, RETURNS_ZH];

describe("sentence selection", () => {
  it("quotes the best sentence verbatim with its citation", () => {
    expect(answer("How long do I have to return something?", ALL, "en")).toMatch(
      /^You can return most items within 30 days of delivery for a full refund\. \[1\]/,
    );
  });

  it("finds the sentence for a paraphrase through shared concepts", () => {
    expect(answer("When do I get my money back?", ALL, "en")).toContain("Refunds are issued to the original payment method");
    expect(answer("Is delivery free?", ALL, "en")).toContain("free for orders over €50. [2]");
  });

  it("quotes a list together with the sentence introducing it", () => {
    const text = answer("Do you accept PayPal?", ALL, "en");
    expect(text).toContain("We accept the following payment methods:\n");
    expect(text).toContain("- PayPal");
    expect(text).toMatch(/\[3\]$/);
  });

  it("does not answer with a heading", () => {
    const text = answer("Refunds?", [RETURNS_EN], "en") ?? "";
    expect(text).not.toMatch(/^## /);
    expect(text).toContain("Refunds are issued");
  });

  it("prefers the source in the reply language", () => {
    expect(answer("¿Cuánto tiempo tengo para devolver un artículo?", ALL, "es")).toMatch(/^Puedes devolver .* \[4\]/);
    expect(answer("Combien de temps pour retourner un article ?", ALL, "fr")).toMatch(/^Vous pouvez retourner .* \[5\]$/);
    expect(answer("Wie lange dauert der Versand?", ALL, "de")).toMatch(/^Der Standardversand innerhalb der EU dauert 3–5 Werktage\. \[6\]/);
  });

  it("handles Chinese sentences and punctuation", () => {
    expect(answer("退款多久到账？", ALL, "zh")).toBe("退款通常在5至7个工作日内到账。[7]");
  });

  it("notes when the quoted source is in another language", () => {
    const text = answer("¿Aceptáis PayPal?", [PAYMENT_EN, SHIPPING_EN], "es") ?? "";
    expect(text.startsWith("Nota: la fuente está en inglés.\n")).toBe(true);
    expect(text).toContain("- PayPal");
  });

  it("does not quote the same sentence twice when chunks overlap", () => {
    const overlap = { ...SHIPPING_EN, id: "8", rank: 1 };
    const text = answer("How long does standard shipping take?", [SHIPPING_EN, overlap], "en") ?? "";
    expect(text.match(/Standard shipping within the EU takes/g)).toHaveLength(1);
  });
});

describe("no-answer threshold", () => {
  it.each([
    ["Do you have a store in Berlin?", "en"],
    ["Do you sell bicycles?", "en"],
    ["Do you ship to Mars?", "en"],
    ["What is your CEO's name?", "en"],
    ["Who founded the company?", "en"],
    ["¿Vendéis bicicletas?", "es"],
    ["¿Tienen tienda física en Madrid?", "es"],
    ["Avez-vous une application mobile ?", "fr"],
    ["Kann ich per Nachnahme bezahlen?", "de"],
    ["你们支持比特币支付吗？", "zh"],
    ["你们在北京有门店吗？", "zh"],
  ] as const)("falls back for %s", (question, language) => {
    expect(answer(question, ALL, language)).toBeUndefined();
  });

  it.each([
    ["Can I send back shoes?", "en", "You can return most items"],
    ["What's the return window?", "en", "30 days"],
    ["How much does standard delivery cost?", "en", "€4.95"],
    ["¿Cuándo recibiré el reembolso?", "es", "5–7 días"],
    ["Was kostet der Versand?", "de", "4,95 €"],
    ["退货期限是多久？", "zh", "30天内"],
  ] as const)("answers the paraphrase %s", (question, language, expected) => {
    expect(answer(question, ALL, language)).toContain(expected);
  });

  it("falls back when there are no sources", () => {
    expect(answer("How long does shipping take?", [], "en")).toBeUndefined();
  });

  it("lets a terse follow-up borrow the previous question", () => {
    const austria = source("9", "en", "International shipping", "We ship to Austria and Switzerland in 5–8 business days.");
    const text = answerFromSources(
      { question: "And to Switzerland?", earlierQuestions: ["How long does shipping take?"], questionLanguage: "en", replyLanguage: "en" },
      [SHIPPING_EN, austria],
    );
    expect(text).toContain("We ship to Austria and Switzerland in 5–8 business days. [9]");
  });

  it("reads a verbose question by the sentence that asks", () => {
    const text = answer("I live in Spain and bought a fleece two weeks ago. It does not fit. How long do I have to return it?", ALL, "en");
    expect(text).toContain("30 days");
  });

  it("answers each part of a two-part question", () => {
    const text = answer("How long does standard shipping take? Do you accept PayPal?", ALL, "en") ?? "";
    expect(text).toContain("3–5 business days");
    expect(text).toContain("PayPal");
  });
});

describe("tables", () => {
  const sizes = source(
    "1",
    "en",
    "Size guide",
    `Men's jackets

Size Chest (cm) EU
S 88–96 46
M 96–104 50
L 104–112 54

Men's shoes

US EU UK
8 41 7.5
9 42.5 8.5`,
  );

  it("finds the row a figure falls in and quotes it under its header", () => {
    expect(answer("My chest is 100 cm, which jacket size?", [sizes], "en")).toBe("Size Chest (cm) EU\nM 96–104 50 [1]");
  });

  it("prefers the row that states the figure", () => {
    expect(answer("US shoe size 9 in EU?", [sizes], "en")).toContain("9 42.5 8.5");
  });
});
