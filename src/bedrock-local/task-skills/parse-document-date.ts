import * as chrono from "chrono-node";
import type { Language } from "../../i18n/language.ts";

// Each language's parser knows its month names and its day/month order ("03.05.2024" is 3 May
// in German, "3 de mayo de 2024" in Spanish, "2024年5月3日" in Chinese). English is read as
// British (day first) unless the document is in dollars, as US receipts write the month first.
const parsers: Record<Language, chrono.Chrono> = {
  en: chrono.en.GB,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  zh: chrono.zh.casual,
};

const orderDateLabel =
  /(?:order(?:ed)?|purchase[d]?|invoice|receipt|date|fecha|pedido|compra|commande|achat|facture|bestell|kauf|rechnung|datum|下单|订单|购买|日期|时间)[^\n\d]{0,24}$/iu;

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The purchase date of a receipt as YYYY-MM-DD: the first complete date (day, month and year all
 * written) after an order/purchase/date label, else the first complete date at all.
 */
export function parseDocumentDate(text: string, language: Language, usDollars: boolean): string | undefined {
  const parser = language === "en" && usDollars ? chrono.en.casual : parsers[language];
  const dates = parser
    .parse(text, new Date(), { forwardDate: false })
    .filter((result) => result.start.isCertain("year") && result.start.isCertain("month") && result.start.isCertain("day"));
  const labelled = dates.find((result) => orderDateLabel.test(text.slice(Math.max(0, result.index - 40), result.index)));
  const chosen = labelled ?? dates[0];
  if (!chosen) return undefined;
  const { start } = chosen;
  return `${start.get("year")}-${pad(start.get("month") ?? 1)}-${pad(start.get("day") ?? 1)}`;
}
