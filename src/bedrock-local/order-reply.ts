import type { ToolResult, ToolUse } from "./converse-types.ts";
import { ANSWERER_TEXTS, fillTemplate } from "./localized-texts.ts";
import type { ReplyLanguage } from "./text-folding.ts";

interface OrderDetails {
  id?: unknown;
  status?: unknown;
  carrier?: unknown;
  trackingNumber?: unknown;
  trackingUrl?: unknown;
  estimatedDelivery?: unknown;
}

interface LookupPayload {
  found?: unknown;
  verified?: unknown;
  orderId?: unknown;
  order?: OrderDetails;
  error?: unknown;
  status?: unknown;
}

const LOCALES: Record<ReplyLanguage, string> = { en: "en-US", es: "es-ES", fr: "fr-FR", de: "de-DE", zh: "zh-CN" };

/** The JSON a tool result carries, from a `json` block or a `text` block holding JSON. */
export function toolResultPayload(result: ToolResult): unknown {
  for (const block of result.content) {
    if (block.json !== undefined) return block.json;
  }
  const text = result.content.map((block) => (typeof block.text === "string" ? block.text : "")).join("");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim()) return value.trim();
  if (typeof value === "number") return String(value);
  return undefined;
}

function displayId(id: string): string {
  return /^\d+$/.test(id) ? `#${id}` : id;
}

function formatDate(value: string, language: ReplyLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

function describeOrder(order: OrderDetails, requestedId: string, language: ReplyLanguage): string {
  const texts = ANSWERER_TEXTS[language];
  const id = displayId(text(order.id) ?? requestedId);
  const rawStatus = text(order.status);
  const statusKey = rawStatus?.toLowerCase().replace(/[\s-]+/g, "_").replace("canceled", "cancelled");
  const localized = statusKey ? texts.statuses[statusKey] : undefined;
  const sentences: string[] = [];
  if (localized) sentences.push(fillTemplate(texts.orderStatus, { id, status: localized }));
  else if (rawStatus) sentences.push(fillTemplate(texts.orderRawStatus, { id, status: rawStatus }));
  const carrier = text(order.carrier);
  const tracking = text(order.trackingNumber);
  if (carrier && tracking) sentences.push(fillTemplate(texts.orderCarrierTracking, { carrier, tracking }));
  else if (carrier) sentences.push(fillTemplate(texts.orderCarrier, { carrier }));
  else if (tracking) sentences.push(fillTemplate(texts.orderTrackingOnly, { tracking }));
  const delivery = text(order.estimatedDelivery);
  if (delivery) sentences.push(fillTemplate(texts.orderDelivery, { date: formatDate(delivery, language) }));
  const url = text(order.trackingUrl);
  if (url) sentences.push(fillTemplate(texts.orderTrackingLink, { url }));
  return sentences.join(language === "zh" ? "" : " ");
}

/**
 * The reply to an order-lookup result: the order's status when the customer is verified, a request
 * to verify when not (disclosing nothing), "not found", or an apology when the lookup failed.
 */
export function orderReply(result: ToolResult, call: ToolUse | undefined, language: ReplyLanguage): string {
  const texts = ANSWERER_TEXTS[language];
  const payload = toolResultPayload(result);
  if (result.status === "error" || typeof payload !== "object" || payload === null) return texts.orderLookupUnavailable;
  const lookup = payload as LookupPayload;
  const input = (call?.input ?? {}) as Record<string, unknown>;
  const requestedId =
    text(lookup.orderId) ?? text(Object.values(input).find((value) => typeof value === "string")) ?? "";
  if (lookup.error !== undefined || lookup.status === "error") return texts.orderLookupUnavailable;
  if (lookup.found === false) return fillTemplate(texts.orderNotFound, { id: displayId(requestedId) });
  if (lookup.verified === false) return texts.orderNotVerified;
  const order = lookup.order ?? (lookup.status !== undefined ? (lookup as OrderDetails) : undefined);
  if (!order) return texts.orderLookupUnavailable;
  return describeOrder(order, requestedId, language) || texts.orderLookupUnavailable;
}
