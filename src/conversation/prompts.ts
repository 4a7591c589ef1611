import type { SearchResult } from "../knowledge/hybrid-search.ts";
import type { SystemBlock } from "../models/model-port.ts";

// The static part comes first and ends with a cache point: it is identical on every turn, so
// Bedrock can serve it from the prompt cache.
const instructions = `You are a customer-support assistant for an online shop. Answer the customer's latest question using only the sources given in <sources> in their message and the results of tools you call.

Rules:
- Ground every statement in the sources. After each sentence that uses a source, cite it with its id in square brackets, e.g. [1] or [2].
- If the sources do not contain the answer, say plainly that you don't have that information. Never invent policies, prices, dates or order details.
- Prefer sources that match the customer's country or region when policies differ by region.
- For questions about a specific order, call the order_status tool with the order number. Only share what the tool returns; if it says the order is not verified for this customer, ask them to confirm the e-mail address used for the order and share nothing else.
- Be concise and friendly: two to four sentences unless the customer asks for detail.
- Reply in the language given in <reply_language>, even when the sources are in another language.
- <attachment>, when present, holds fields read from a file the customer attached (a receipt or an invoice): treat them as details the customer gave, e.g. the order number to look up.`;

/** The system prompt: static instructions (cached), then this turn's reply language. */
export function buildSystemPrompt(language: string): SystemBlock[] {
  return [{ text: instructions }, { cachePoint: { type: "default" } }, { text: `<reply_language>${language}</reply_language>` }];
}

const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
// A source must not be able to close its own element and smuggle text outside it.
const escapeBody = (value: string) => value.replace(/<\/?(source|sources)\b/gi, (tag) => tag.replace("<", "&lt;"));

/** The retrieved sources, numbered from 1, as the first block of the customer's message. */
export function formatSources(sources: SearchResult[]): string {
  const body = sources
    .map(
      (source, index) =>
        `<source id="${index + 1}" title="${escapeAttribute(source.title)}" lang="${escapeAttribute(source.lang ?? "")}" document="${escapeAttribute(source.externalId)}">\n${escapeBody(source.parentText)}\n</source>`,
    )
    .join("\n");
  return `<sources>\n${body}${body ? "\n" : ""}</sources>`;
}

/** The fields extracted from the customer's latest attachment, as a block of the customer's message. */
export function formatAttachment(attachment: { filename: string; fields: Record<string, unknown> }): string {
  // JSON escapes quotes but not angle brackets: a field must not close the element either.
  const fields = JSON.stringify(attachment.fields).replace(/</g, "\\u003c");
  return `<attachment filename="${escapeAttribute(attachment.filename)}">\n${fields}\n</attachment>`;
}
