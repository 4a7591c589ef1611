import { findCue } from "../../escalation/find-cue.ts";
import type { Language } from "../../i18n/language.ts";
import { conceptsInText } from "../concept-matcher.ts";
import { readOrderIntent } from "../order-intent.ts";
import { ownPurchaseCues } from "./order-reference-cues.ts";

/** Whether answering a message needs the customer's own order looked up, and why. */
export interface OrderNeed {
  needed: boolean;
  /** The message speaks of something the customer bought, received or paid for. */
  ownPurchase: boolean;
  /** It asks where something is or when it arrives. */
  asksStatus: boolean;
}

// Product codes ("X200", "S7") look like identifiers too; without a word for an order or a
// parcel around them, only long ones (order and tracking numbers) count.
const standaloneIdLength = 7;
const standaloneDigitsLength = 5;

function countsAsOrderNumber(orderId: string, strongId: boolean, context: boolean): boolean {
  // A measure or a count, not an identifier: "16-inch", "30-day", "2-pack".
  if (/^\d+-\p{L}{3,}$/u.test(orderId)) return false;
  if (context) return true;
  if (/^\d+$/.test(orderId)) return orderId.length >= standaloneDigitsLength;
  return strongId && orderId.length >= standaloneIdLength;
}

/**
 * An order number, "my order", a purchase or delivery the customer describes ("I bought",
 * "me llegó", "j'ai commandé", "买的"), a refund demanded, or a status follow-up after an order
 * was discussed.
 */
export function needsOrder(
  message: string,
  language: Language | undefined,
  recentTurns: ReadonlyArray<{ role: string; text: string }>,
  refundRequested: boolean,
): OrderNeed {
  const earlier = recentTurns.filter((turn) => turn.role === "customer").map((turn) => readOrderIntent(turn.text));
  const orderContext = earlier.some((intent) => intent.orderId !== undefined || (intent.mentionsOrder && intent.ownOrder));
  const intent = readOrderIntent(message, orderContext);
  const concepts = conceptsInText(message);
  const parcelContext = intent.mentionsOrder || concepts.has("track") || orderContext;
  const ownPurchase = findCue(message, ownPurchaseCues, language).matched || (intent.mentionsOrder && intent.ownOrder);
  const numbered = intent.orderId !== undefined && countsAsOrderNumber(intent.orderId, intent.strongId, parcelContext);
  const needed =
    numbered ||
    ownPurchase ||
    // Demanded, not asked about: "I want my money back" is about their purchase, "how long do refunds take?" is policy.
    (refundRequested && !/[?？]/u.test(message)) ||
    (orderContext && intent.asksStatus) ||
    (intent.mentionsOrder && intent.asksWhere);
  return { needed, ownPurchase, asksStatus: intent.asksStatus };
}
