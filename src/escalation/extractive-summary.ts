import type { Language } from "../i18n/language.ts";
import { summaryLabels } from "./summary-labels.ts";

export interface SummaryMessage {
  role: "user" | "assistant" | "agent" | "system";
  text: string;
}

const openingCharacters = 280;
const latestCharacters = 200;
const latestMessages = 4;

/**
 * The offline stand-in for a model-written summary: the customer's first message (usually the
 * problem) and the last exchanges (where things stand), trimmed, labelled in `language`. It
 * quotes and does not interpret: no cause, no outcome, nothing that is not in the transcript.
 */
export function extractiveSummary(transcript: readonly SummaryMessage[], language: Language): string {
  const labels = summaryLabels[language];
  const messages = transcript.filter(
    (message): message is SummaryMessage & { role: "user" | "assistant" | "agent" } => message.role !== "system" && message.text.trim() !== "",
  );
  const firstCustomer = messages.findIndex((message) => message.role === "user");
  if (firstCustomer === -1) return labels.empty;
  const customerCount = messages.filter((message) => message.role === "user").length;
  const latestFrom = Math.max(firstCustomer + 1, messages.length - latestMessages);
  const latest = messages.slice(latestFrom);
  const lines = [`${labels.opening}: “${trim(messages[firstCustomer].text, openingCharacters)}”`];
  if (latest.length > 0) {
    lines.push(`${labels.latest} (${labels.customerMessages(customerCount)}):`);
    for (const message of latest) lines.push(`${labels.role[message.role]}: “${trim(message.text, latestCharacters)}”`);
  }
  return lines.join("\n");
}

// Cuts at a word boundary where there is one; Chinese has none, so it is cut by characters.
function trim(text: string, limit: number): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?，。；：！？]+$/u, "")}…`;
}
