import { describe, expect, it } from "vitest";
import { HELP_CENTER } from "./help-center.fixture.ts";
import { embedText } from "./local-embedder.ts";
import { answerOffline } from "./offline-answerer.ts";

// End to end over a small help center: retrieve the top five sections with the local embedder,
// build the prompt the way Switchboard does, and check the offline answer.

interface Section {
  document: string;
  lang: string;
  title: string;
  text: string;
  vector: number[];
}

const SECTIONS: Section[] = HELP_CENTER.flatMap((article) =>
  article.text.split(/\n(?=## )/).map((text) => ({ ...article, text: text.trim(), vector: embedText(`${article.title}\n${text}`, 1024) })),
);

function retrieve(question: string): Section[] {
  const query = embedText(question, 1024);
  const similarity = (section: Section): number => section.vector.reduce((sum, value, index) => sum + value * (query[index] ?? 0), 0);
  return [...SECTIONS].sort((left, right) => similarity(right) - similarity(left)).slice(0, 5);
}

function ask(question: string, language: string): string {
  const sources = retrieve(question)
    .map((section, index) => `<source id="${index + 1}" title="${section.title}" lang="${section.lang}" document="${section.document}">\n${section.text}\n</source>`)
    .join("\n");
  const answer = answerOffline({
    system: [{ text: "You are a support assistant." }, { cachePoint: { type: "default" } }, { text: `<reply_language>${language}</reply_language>` }],
    messages: [{ role: "user", content: [{ text: `<sources>\n${sources}\n</sources>` }, { text: question }] }],
  });
  const [block] = answer.content;
  return block && "text" in block ? block.text : "";
}

const ANSWERABLE: [string, string, string][] = [
  ["How long do I have to return something?", "en", "30 days"],
  ["Can I send back shoes I bought?", "en", "30 days"],
  ["When will I get my money back?", "en", "5–7"],
  ["How much is shipping?", "en", "4.95"],
  ["Is delivery free?", "en", "free for orders"],
  ["Do you ship to the US?", "en", "United States"],
  ["Do you accept PayPal?", "en", "PayPal"],
  ["I forgot my password", "en", "Forgot password"],
  ["How do I delete my account?", "en", "privacy@"],
  ["What are your opening hours?", "en", "Monday to Friday"],
  ["Is there a warranty on headphones?", "en", "2-year"],
  ["Can I return a swimsuit?", "en", "swimwear"],
  ["Can I pay in instalments?", "en", "Klarna"],
  ["How do I change my e-mail address?", "en", "Account settings"],
  ["Where do I drop off my return?", "en", "post office"],
  ["Are gift cards refundable?", "en", "non-refundable"],
  ["How long are gift cards valid?", "en", "3 years"],
  ["What does express delivery cost?", "en", "12.90"],
  ["¿Cuánto tiempo tengo para devolver un artículo?", "es", "30 días"],
  ["¿Cuánto cuesta el envío?", "es", "4,95"],
  ["¿Cuándo recibiré mi reembolso?", "es", "5–7"],
  ["¿Aceptáis PayPal?", "es", "PayPal"],
  ["¿Tienen garantía los productos electrónicos?", "es", "warranty"],
  ["Combien de temps ai-je pour retourner un article ?", "fr", "30 jours"],
  ["Quels moyens de paiement acceptez-vous ?", "fr", "PayPal"],
  ["Quels sont vos horaires ?", "fr", "lundi au vendredi"],
  ["Combien coûte la livraison ?", "fr", "4"],
  ["Wie lange dauert der Versand?", "de", "3–5 Werktage"],
  ["Ich habe mein Passwort vergessen", "de", "Passwort vergessen"],
  ["Gibt es eine Garantie?", "de", "warranty"],
  ["Was kostet der Expressversand?", "de", "12,90"],
  ["退货期限是多久？", "zh", "30天内"],
  ["运费多少钱？", "zh", "4.95"],
  ["可以取消订单吗？", "zh", "取消"],
  ["退款多久到账？", "zh", "5至7"],
  ["What's the return window?", "en", "30 days"],
  ["How fast is express?", "en", "next business day"],
  ["Do I pay customs?", "en", "Customs duties"],
  ["How can I contact support?", "en", "support@example.com"],
  ["Is my card number stored?", "en", "never store"],
  ["¿Cuánto tarda el envío estándar?", "es", "3 a 5"],
  ["Wie lange ist der Link gültig?", "de", "24 Stunden"],
  ["Puis-je retourner un article utilisé ?", "fr", "non utilisés"],
  ["如何申请退货？", "zh", "登录"],
  ["What happens if my product can't be repaired?", "en", "replace it free"],
];

const UNANSWERABLE: [string, string][] = [
  ["Do you have a store in Berlin?", "en"],
  ["Do you sell bicycles?", "en"],
  ["What is your CEO's name?", "en"],
  ["Do you offer student discounts?", "en"],
  ["Do you sell laptops?", "en"],
  ["¿Tienen tienda física en Madrid?", "es"],
  ["¿Vendéis bicicletas?", "es"],
  ["Vendez-vous des vélos ?", "fr"],
  ["Haben Sie eine Filiale in Berlin?", "de"],
  ["你们支持比特币支付吗？", "zh"],
  ["你们在北京有门店吗？", "zh"],
  ["Do you ship to Mars?", "en"],
  ["Can I pay with cash on delivery?", "en"],
  ["How do I become an affiliate partner?", "en"],
  ["Do you have a loyalty program?", "en"],
  ["Who founded the company?", "en"],
  ["Is there a mobile app?", "en"],
  ["Do you price match?", "en"],
  ["¿Tienen programa de fidelización?", "es"],
  ["Avez-vous une application mobile ?", "fr"],
  ["Kann ich per Nachnahme bezahlen?", "de"],
  ["你们有会员积分吗？", "zh"],
];

describe("answers over a multilingual help center", () => {
  it.each(ANSWERABLE)("%s (%s)", (question, language, expected) => {
    const text = ask(question, language);
    expect(text).toContain(expected);
    expect(text).toMatch(/\[\d+\]/);
  });

  it.each(UNANSWERABLE)("falls back for %s (%s)", (question, language) => {
    expect(ask(question, language)).not.toMatch(/\[\d+\]/);
  });
});
