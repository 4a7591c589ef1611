import type { HandoffPackage } from "./build-handoff-package.ts";
import type { TicketRequest } from "./ticketing.ts";

const roleLabels: Record<HandoffPackage["transcript"][number]["role"], string> = { user: "Customer", assistant: "Assistant", agent: "Agent" };
const subjectCharacters = 80;

/** A ticket subject: what the customer first asked, clipped, so a queue of tickets reads at a glance. */
export function ticketSubject(request: TicketRequest): string {
  const first = request.package.transcript.find((message) => message.role === "user")?.text.replace(/\s+/g, " ").trim() ?? "";
  const clipped = first.length > subjectCharacters ? `${first.slice(0, subjectCharacters - 1)}…` : first;
  return clipped ? `Chat handed to a person: ${clipped}` : "Chat handed to a person";
}

/** The first comment of a ticket: why it was escalated, the summary, then the whole transcript. */
export function ticketBody(request: TicketRequest): string {
  const { package: handoff } = request;
  const lines = [
    `Reasons: ${handoff.reasons.map((reason) => `${reason.trigger} (${reason.detail})`).join("; ")}`,
    `Language: ${request.language}`,
    "",
    "Summary:",
    handoff.summary,
  ];
  if (handoff.suggestedReply) lines.push("", "Suggested reply:", handoff.suggestedReply);
  if (handoff.order) lines.push("", `Order: ${handoff.order.id} (${handoff.order.status})`);
  lines.push("", "Transcript:");
  for (const message of handoff.transcript) lines.push(`[${message.at}] ${roleLabels[message.role]}: ${message.text}`);
  lines.push("", `Switchboard conversation ${request.conversationId}`);
  return lines.join("\n");
}

/** A later message as a ticket comment, labelled with who wrote it. */
export function commentBody(text: string, author: keyof typeof commentLabels): string {
  return `${commentLabels[author]}: ${text}`;
}

const commentLabels = { customer: "Customer", assistant: "Assistant", agent: "Agent" } as const;
