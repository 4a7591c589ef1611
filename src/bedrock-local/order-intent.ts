import { conceptsInText } from "./concept-matcher.ts";
import { foldCase, stripAccents, tokenize } from "./text-folding.ts";

/** What a question says about a customer's own order. */
export interface OrderIntent {
  /** Names an order (or a parcel) in any of the five languages. */
  mentionsOrder: boolean;
  /** Asks where it is, its status, when it arrives. */
  asksStatus: boolean;
  /** Speaks of the customer's own order ("my order", "mi pedido", "我的订单"), not orders in general. */
  ownOrder: boolean;
  /** Asks where something is ("where is", "dónde", "où", "wo", "哪"). */
  asksWhere: boolean;
  /** An order number found in the question, without a leading "#". */
  orderId: string | undefined;
  /** The number cannot be anything but an identifier ("#10023", "SB-10023", "A1B2C3D4"). */
  strongId: boolean;
}

const ORDER_WORD = /^(?:order|orders|ordered|purchase|pedido|pedidos|compra|orden|commande|commandes|bestell\w*|auftrag\w*|\w+bestellung\w*)$/;
const PARCEL_WORD = /^(?:package|parcel|shipment|paquete|envio|colis|paket|sendung)$/;
const CHINESE_ORDER = /订单|单号|包裹|快递/;
const WHERE_WORD = /^(?:where|wheres|donde|ou|wo)$/;
const POSSESSIVE = /^(?:my|mi|mis|ma|mon|mes|mein|meine|meinen|meinem|meiner)$/;
const CHINESE_POSSESSIVE = /我的|我买的|我订的|我下的/;
const CHINESE_WHERE = /哪|到了吗|什么时候到|还没到|到货|送到|到达/;
const ARRIVAL_WORD = /^(?:arriv\w*|llega\w*|llegue\w*|ankommt|ankommen|angekommen|eintreffen|trifft)$/;
// Shipping alone is not enough: "change the shipping address of my order" asks how, not where.
const STATUS_CONCEPTS = ["track", "status", "missing"];

const CANDIDATE = /(?<![A-Za-z0-9-])#?[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g;
const UNIT_AFTER =
  /^\s?(?:%|[$€£¥元]|x\b|kg|g\b|mg|cm|mm|m\b|km|ml|l\b|gb|tb|mb|pcs|pieces|items|units|eur|usd|gbp|euros?|dollars?|days?|dias?|días|jours?|tage?n?|天|个|件)/i;
const CURRENCY_BEFORE = /[$€£¥+]\s?$/;

function isLikelyId(candidate: string, before: string, after: string, orderContext: boolean): boolean {
  const hash = candidate.startsWith("#");
  const id = hash ? candidate.slice(1) : candidate;
  const digits = (id.match(/\d/g) ?? []).length;
  if (digits === 0 || id.length < 4) return false;
  // Part of a date, time, price or decimal: "2024-05-01" stays whole, "12/05" and "19.99" continue.
  if (/^[./:,]\d/.test(after) || /\d[./:,]$/.test(before)) return false;
  // One group of a phone number: "+49 30 1234567".
  if (/\d[\s-]$/.test(before) || /^[\s-]\d/.test(after)) return false;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(id)) return false;
  if (CURRENCY_BEFORE.test(before) || UNIT_AFTER.test(after)) return false;
  if (/^\d+$/.test(id)) {
    if (hash) return true;
    if (/^(?:19|20)\d\d$/.test(id)) return false;
    return id.length >= 5 || orderContext;
  }
  if (/^\d+[a-z]{1,3}$/i.test(id)) return false; // "10kg", "128gb"
  const separated = /[-_]/.test(id);
  const upper = id === id.toUpperCase();
  return hash || separated || upper || digits >= 3;
}

/** Reads order references from a question; `orderContext` accepts bare numbers after an order was discussed. */
export function readOrderIntent(question: string, orderContext = false): OrderIntent {
  const keys = tokenize(question).map((token) => token.key);
  const folded = stripAccents(foldCase(question));
  const inOrderTo = /\bin order to\b/.test(folded);
  const mentionsOrder =
    keys.some((key) => (ORDER_WORD.test(key) && !(inOrderTo && key === "order")) || PARCEL_WORD.test(key)) ||
    CHINESE_ORDER.test(question);
  const concepts = conceptsInText(question);
  const asksWhere = keys.some((key) => WHERE_WORD.test(key)) || /哪/.test(question);
  const asksStatus =
    asksWhere ||
    keys.some((key) => ARRIVAL_WORD.test(key)) ||
    CHINESE_WHERE.test(question) ||
    STATUS_CONCEPTS.some((concept) => concepts.has(concept));
  const ownOrder = keys.some((key) => POSSESSIVE.test(key)) || CHINESE_POSSESSIVE.test(question);
  let orderId: string | undefined;
  let strongId = false;
  for (const match of question.matchAll(CANDIDATE)) {
    const start = match.index ?? 0;
    const candidate = match[0];
    const before = question.slice(Math.max(0, start - 4), start);
    const after = question.slice(start + candidate.length, start + candidate.length + 6);
    if (isLikelyId(candidate, before, after, orderContext || mentionsOrder)) {
      orderId = candidate.replace(/^#/, "");
      strongId = candidate.startsWith("#") || /[A-Za-z]/.test(orderId);
      break;
    }
  }
  return { mentionsOrder, asksStatus, ownOrder, asksWhere, orderId, strongId };
}
