import { parseLocaleNumber } from "../../escalation/parse-locale-number.ts";
import { parseMoneyAmounts } from "../../escalation/parse-money-amounts.ts";
import { detectLanguage } from "../../i18n/detect-language.ts";
import type { AttachmentFields } from "../../models/prompts/extract.ts";
import { parseDocumentDate } from "./parse-document-date.ts";

// Receipts, invoices and order confirmations share a layout whatever the shop: a labelled order
// number, a date, one line per product with a quantity and a price, and a total. These rules read
// that layout in the five languages; a field the document does not state is left out.

const orderNumberLabel =
  /(?:order\s*(?:no\.?|number|id)|order|pedido|n[.º°]*\s*(?:de\s*)?pedido|n[uú]mero\s+de\s+pedido|commande|n[°º]\s*de\s*commande|num[ée]ro\s+de\s+commande|bestell(?:nummer|nr\.?|ung)|auftrags?(?:nummer|nr\.?)|订单号|订单编号|订单)\s*(?:n[°º.]?\s*)?[:#：]?\s*#?\s*((?=[A-Z_-]*\d)[A-Z0-9][A-Z0-9_-]{2,})/giu;
const hashNumber = /#\s?([A-Z0-9][A-Z0-9_-]{3,})/iu;
const totalLabel = /^\s*(?:grand\s+total|total(?:\s+(?:paid|due|amount|a\s+pagar|pagado|ttc|pay[ée]))?|amount\s+(?:paid|due)|importe\s+total|montant\s+total|gesamt(?:betrag|summe)?|summe|endbetrag|合计|总计|实付(?:款)?|应付(?:款)?|总额)\b|^\s*(?:合计|总计|实付|应付|总额)/iu;
// Lines that carry an amount but are not products.
const notAnItem =
  /\b(?:sub-?total|total|tax|vat|shipping|delivery|discount|coupon|iva|env[ií]o|descuento|tva|livraison|remise|frais|mwst|ust|versand|rabatt|gesamt|summe|zwischensumme|paid|payment|pagado|pay[ée]|bezahlt)\b|小计|合计|总计|税|运费|优惠|折扣|实付|应付/iu;
const trailingNumber = /(\d{1,3}(?:[.,\s\u00A0]\d{3})*(?:[.,]\d{1,2})|\d+(?:[.,]\d{1,2})?)\s*(?:[A-Z]{3}|[€$£¥元])?\s*$/u;
const quantityPatterns = [
  /\b(?:qty|quantity|cantidad|cant\.?|qt[ée]|quantit[ée]|menge|anzahl|数量)\s*[:：]?\s*(\d{1,3})\b/iu,
  /(\d{1,3})\s*(?:件|个|pcs|pieces|uds?\.?|unidades|pi[eè]ces|stück|stk)(?![\p{L}])/iu,
  /(?:^|\s)(\d{1,3})\s*[x×]\s+/iu, // "2 x Mouse"
  // "Mouse x2", but not a model name such as "X200".
  /\s[x×]\s?(\d{1,2})(?![\d\p{L}])/iu,
];
const isoCurrency = /\b(EUR|USD|GBP|CNY|CHF|CAD|AUD|JPY|MXN|SEK|NOK|DKK|PLN)\b/gu;

function lineAmount(line: string): number | undefined {
  const money = parseMoneyAmounts(line).at(-1);
  if (money) return money.amount;
  const trailing = trailingNumber.exec(line);
  // A bare integer at the end is as likely a quantity as a price; prices carry cents.
  return trailing && /[.,]\d{1,2}$/u.test(trailing[1] ?? "") ? parseLocaleNumber(trailing[1] ?? "") : undefined;
}

function itemFrom(line: string): AttachmentFields["items"][number] | undefined {
  if (notAnItem.test(line)) return undefined;
  const amount = lineAmount(line);
  if (amount === undefined) return undefined;
  let quantity: number | undefined;
  let rest = line;
  for (const pattern of quantityPatterns) {
    const match = pattern.exec(rest);
    if (match) {
      quantity = Number(match[1]);
      rest = rest.replace(match[0], " ");
      break;
    }
  }
  // What is left once numbers, prices and currency signs are gone is the description.
  const description = rest
    .replace(isoCurrency, " ")
    .replace(/[€$£¥元]/gu, " ")
    // Standalone numbers only: "X200" and "USB-C" are part of a product's name.
    .replace(/(?<![\p{L}\d-])\d+(?:[.,\s]\d+)*(?![\p{L}\d])/gu, " ")
    .replace(/[|:;,\t]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (!/\p{L}{2,}|\p{Script=Han}/u.test(description)) return undefined;
  if (quantity === undefined) {
    // A table row: "Mouse   2   19.98" puts the quantity in its own column before the price.
    const columns = line.trim().split(/\s{2,}|\t/u);
    const column = columns.slice(1, -1).find((cell) => /^\d{1,3}$/u.test(cell.trim()));
    if (column) quantity = Number(column);
  }
  return { description, ...(quantity ? { quantity } : {}), amount };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Order number, purchase date, product lines, total and currency of a receipt-like document. */
export function extractAttachmentFields(text: string): AttachmentFields {
  const lines = text.split(/\r?\n/u).filter((line) => line.trim() !== "");
  const fields: AttachmentFields = { items: [] };

  // "Order confirmation" is a label without a number; the number follows a later one.
  const labelled = [...text.matchAll(orderNumberLabel)].map((match) => match[1] ?? "").find((candidate) => /\d/u.test(candidate));
  const orderId = labelled ?? hashNumber.exec(text)?.[1];
  if (orderId && /\d/u.test(orderId)) fields.orderId = orderId;

  const currencies = parseMoneyAmounts(text).map((money) => money.currency);
  const currency = mostCommon(currencies) ?? text.match(isoCurrency)?.[0];
  if (currency) fields.currency = currency;

  const language = detectLanguage(text).language ?? "en";
  const purchaseDate = parseDocumentDate(text, language, currency === "USD");
  if (purchaseDate) fields.purchaseDate = purchaseDate;

  for (const line of lines) {
    if (totalLabel.test(line)) {
      const total = lineAmount(line);
      if (total !== undefined) fields.total = total;
      continue;
    }
    const item = itemFrom(line);
    if (item) fields.items.push(item);
  }
  return fields;
}
