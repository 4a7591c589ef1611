import { compileTerms } from "./compile-term-pattern.ts";
import { foldText } from "./fold-text.ts";

/** Words that introduce order, shipment, product or postal references rather than personal data. */
export const referenceCue = compileTerms([
  // en
  "order*", "tracking", "track", "shipment", "parcel", "package", "invoice", "ref", "reference", "receipt",
  "sku", "article", "model", "serial", "ean", "upc", "gtin", "isbn", "barcode", "code", "coupon",
  "voucher", "ticket", "confirmation", "postcode", "zip", "zip code", "postal code", "waybill", "awb",
  "rma", "no.", "nr", "#",
  // es
  "pedido*", "envio", "seguimiento", "factura", "referencia", "paquete", "articulo", "codigo", "cupon",
  "codigo postal", "devolucion", "n.º", "nº", "num",
  // fr
  "commande*", "suivi", "colis", "facture", "code postal", "bon", "retour", "no de", "n°",
  // de
  "bestellung*", "bestellnummer", "auftrag*", "sendung*", "sendungsnummer", "paket*", "rechnung*",
  "artikel*", "referenz", "plz", "postleitzahl", "gutschein*", "kundennummer", "retoure",
  // zh
  "订单", "单号", "快递", "运单", "物流", "发票", "编号", "邮编", "货号", "型号", "退货",
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
  const slice = text.slice(Math.max(0, start - window), start);
  return matches(slice, cue);
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
