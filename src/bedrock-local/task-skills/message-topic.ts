import { conceptsInText } from "../concept-matcher.ts";

// Help-desk concepts (concept-lexicon.ts) grouped into the topics a knowledge base is organised
// by. A message's topic is the group with the most of its concepts; ties go to the earlier group,
// which is the more specific one.
const topicConcepts: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["refunds", ["refund"]],
  ["returns", ["return", "exchange", "label", "condition"]],
  ["warranty", ["warranty", "damaged"]],
  ["shipping", ["shipping", "international", "customs", "express", "standard", "track", "package", "pickup", "weekend", "locker"]],
  ["payment", ["payment", "card", "invoice", "installments", "transfer", "crypto", "tax", "cost", "cash-on-delivery", "alipay", "wechat"]],
  ["account", ["account", "password", "login", "forgot", "email", "verify", "security", "app", "website"]],
  ["privacy", ["privacy", "delete", "unsubscribe"]],
  ["discounts", ["discount", "gift", "student", "minimum", "free", "subscription", "loyalty", "referral", "price-change"]],
  ["product", ["product", "size", "stock", "care", "waterproof", "zipper", "sole", "colour"]],
  ["contact", ["contact", "hours", "phone", "complaint"]],
  ["stores", ["store"]],
  ["orders", ["order", "purchase", "status", "cancel", "missing", "wrong", "receive", "change", "address", "preorder"]],
];

/** The concepts a message names and the knowledge-base topic they point to ("general" when none). */
export function messageTopic(message: string): { topic: string; concepts: ReadonlySet<string> } {
  const concepts = conceptsInText(message);
  let best = { topic: "general", hits: 0 };
  for (const [topic, members] of topicConcepts) {
    const hits = members.filter((concept) => concepts.has(concept)).length;
    if (hits > best.hits) best = { topic, hits };
  }
  return { topic: best.topic, concepts };
}
