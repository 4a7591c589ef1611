import { compileTerms } from "./compile-term-pattern.ts";
import { foldText } from "../i18n/fold-text.ts";

/** Words that introduce order, shipment, product or postal references rather than personal data. */
export const referenceCue = compileTerms([
  // en
  "order*", "tracking", "track", "shipment", "parcel", "package", "invoice", "ref", "reference", "receipt",
  "sku", "article", "model", "serial", "ean", "upc", "gtin", "isbn", "barcode", "code", "coupon",
  "voucher", "ticket", "confirmation", "postcode", "zip", "zip code", "postal code", "waybill", "awb",
  "rma", "no.", "nr", "#",
  // carriers, whose names introduce tracking numbers
  "ups", "usps", "dhl", "fedex", "gls", "dpd", "hermes", "tnt", "correos", "seur", "mrw", "colissimo", "chronopost",
  "la poste", "deutsche post", "sf", "ems", "顺丰", "圆通", "中通", "申通", "韵达", "京东物流",
  // es
  "pedido*", "envio", "seguimiento", "factura", "referencia", "paquete", "articulo", "codigo", "cupon",
  "codigo postal", "devolucion", "n.º", "nº", "num",
  // fr
  "commande*", "suivi", "colis", "facture", "code postal", "bon", "retour", "no de", "n°",
  // de
  "bestellung*", "bestellnummer", "auftrag*", "sendung*", "sendungsnummer", "paket*", "rechnung*",
  "artikel*", "referenz", "plz", "postleitzahl", "gutschein*", "kundennummer", "retoure",
  // zh ("快递" alone is the courier, not a tracking number, so it is left out)
  "订单", "单号", "运单", "发票", "编号", "邮编", "货号", "型号", "会员号",
]);

/** Words that introduce a phone number. */
export const phoneCue = compileTerms([
  "phone", "telephone", "tel", "tel.", "mobile", "cell", "cellphone", "call", "call me", "text me", "whatsapp",
  "reach me", "fax", "my number", "contact number", "phone number",
  "telefono", "movil", "celular", "llamame", "llamar", "llamen", "mi numero", "contacto",
  "telephone", "tel.", "portable", "appelez", "appeler", "rappeler", "joindre", "mon numero",
  "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnummer", "rufnummer", "anrufen", "ruf",
  "rufen sie", "erreichbar", "meine nummer",
  "电话", "手机", "号码", "联系", "打给", "致电",
]);

/** Whether a cue occurs in the `window` characters before `start` (folded, so cues are written once). */
export function cueBefore(text: string, start: number, cue: RegExp, window = 32): boolean {
  return cueDistanceBefore(text, start, cue, window) !== undefined;
}

/** How many characters separate the nearest cue before `start` from it, if one is within `window`. */
export function cueDistanceBefore(text: string, start: number, cue: RegExp, window = 32): number | undefined {
  const slice = text.slice(Math.max(0, start - window), start);
  const folded = foldText(slice);
  let nearest: number | undefined;
  for (const match of folded.text.matchAll(cue)) {
    if (match[0].length === 0) continue;
    const { end } = folded.toOriginal(match.index, match.index + match[0].length);
    nearest = slice.length - end;
  }
  return nearest;
}

/** Whether a cue occurs in the `window` characters after `end`. */
export function cueAfter(text: string, end: number, cue: RegExp, window = 32): boolean {
  return matches(text.slice(end, end + window), cue);
}

function matches(slice: string, cue: RegExp): boolean {
  const folded = foldText(slice).text;
  cue.lastIndex = 0;
  const found = cue.test(folded);
  cue.lastIndex = 0;
  return found;
}
