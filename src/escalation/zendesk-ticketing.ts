import { z } from "zod";
import { commentBody, ticketBody, ticketSubject } from "./format-ticket-body.ts";
import { TicketingError, type Ticketing, type TicketRequest } from "./ticketing.ts";

export interface ZendeskOptions {
  /** `https://<subdomain>.zendesk.com`, or any server speaking the same REST API. */
  baseUrl: string;
  /** The agent e-mail the API token belongs to. */
  email: string;
  apiToken: string;
  timeoutMs?: number;
  /** Swappable transport (tests). */
  fetch?: typeof fetch;
}

const createdTicketSchema = z.object({ ticket: z.object({ id: z.union([z.number(), z.string()]) }) });

/** Tags name the reasons and the language; Zendesk tags are lower-case words without spaces. */
export function ticketTags(request: TicketRequest): string[] {
  const tags = ["switchboard", ...request.package.reasons.map((reason) => reason.trigger), `lang_${request.language}`];
  return [...new Set(tags.map((tag) => tag.toLowerCase().replace(/[^a-z0-9_]+/g, "_")))];
}

/**
 * Zendesk-style REST ticketing: `POST /api/v2/tickets.json` opens a ticket with the transcript as
 * its first comment, `PUT /api/v2/tickets/{id}.json` adds later messages as private notes (the
 * customer already sees them in the chat; a public comment would e-mail them their own words).
 */
export function createZendeskTicketing(options: ZendeskOptions): Ticketing {
  const base = options.baseUrl.replace(/\/+$/, "");
  const authorization = `Basic ${Buffer.from(`${options.email}/token:${options.apiToken}`).toString("base64")}`;
  const send = options.fetch ?? fetch;

  const call = async (method: "POST" | "PUT", path: string, body: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await send(`${base}${path}`, {
        method,
        headers: { authorization, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new TicketingError(`Zendesk ${method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) {
      const detail = (await response.text().catch(() => "")).slice(0, 300);
      throw new TicketingError(`Zendesk ${method} ${path} answered ${response.status}${detail ? `: ${detail}` : ""}`, response.status);
    }
    return response.json().catch(() => ({}));
  };

  return {
    system: "zendesk",
    async createTicket(request) {
      const email = request.requester.email;
      const answer = await call("POST", "/api/v2/tickets.json", {
        ticket: {
          subject: ticketSubject(request),
          comment: { body: ticketBody(request), public: false },
          tags: ticketTags(request),
          external_id: request.conversationId,
          ...(email ? { requester: { email, name: request.requester.name ?? email } } : {}),
        },
      });
      const parsed = createdTicketSchema.safeParse(answer);
      if (!parsed.success) throw new TicketingError("Zendesk answered without a ticket id");
      const ticketId = String(parsed.data.ticket.id);
      return { ticketId, url: `${base}/agent/tickets/${encodeURIComponent(ticketId)}` };
    },
    async addComment(ticketId, text, author) {
      await call("PUT", `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`, { ticket: { comment: { body: commentBody(text, author), public: false } } });
    },
  };
}
