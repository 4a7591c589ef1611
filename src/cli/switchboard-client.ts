import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ClientEvent {
  event: string;
  data: Record<string, unknown>;
}

export interface JobSummary {
  id: string;
  type: string;
  status: string;
  attempts: number;
  error: string | null;
  result: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface UserSummary {
  id: string;
  email: string;
  name: string | null;
  role: string;
  disabled: boolean;
  createdAt: string;
}

/** A small HTTP client for Switchboard's own API, used by the CLI commands. */
export function createSwitchboardClient(baseUrl: string, adminToken: string) {
  const call = async <T>(method: string, route: string, init: { body?: RequestInit["body"]; headers?: Record<string, string>; token?: string } = {}): Promise<T> => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      body: init.body,
      headers: { authorization: `Bearer ${init.token ?? adminToken}`, ...init.headers },
    });
    const body = (await response.json().catch(() => ({}))) as T & { error?: { message?: string } };
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${body.error?.message ?? response.statusText}`);
    return body;
  };
  const json = (value: unknown) => ({ body: JSON.stringify(value), headers: { "content-type": "application/json" } });

  return {
    async uploadFile(file: string): Promise<{ documentId: string; externalId: string; jobId: string; unchanged: boolean }> {
      const form = new FormData();
      form.append("file", new Blob([await readFile(file)]), path.basename(file));
      return call("POST", "/v1/kb/documents", { body: form });
    },
    job: (id: string) => call<JobSummary>("GET", `/v1/jobs/${id}`),
    listJobs: (filter: { status?: string; type?: string; limit?: number }) => {
      const params = new URLSearchParams();
      if (filter.status) params.set("status", filter.status);
      if (filter.type) params.set("type", filter.type);
      if (filter.limit) params.set("limit", String(filter.limit));
      return call<{ jobs: JobSummary[] }>("GET", `/v1/admin/jobs?${params}`);
    },
    addUser: (input: { email: string; role: string; name?: string; password?: string }) =>
      call<{ user: UserSummary; oneTimePassword?: string }>("POST", "/v1/admin/users", json(input)),
    listUsers: () => call<{ users: UserSummary[] }>("GET", "/v1/admin/users"),
    retryJob: (id: string) => call<JobSummary>("POST", `/v1/admin/jobs/${encodeURIComponent(id)}/retry`),
    requestSync: (source: { kind: "folder"; path: string } | { kind: "s3"; bucket: string; prefix: string }) =>
      call<{ jobId: string; status: string }>("POST", "/v1/admin/kb/sync", json({ source })),
    /** Follows a job live (`/v1/jobs/:id/events`) until it finishes; answers it as it ended. */
    async followJob(id: string, onUpdate: (job: JobSummary) => void = () => {}): Promise<JobSummary> {
      const response = await fetch(`${baseUrl}/v1/jobs/${encodeURIComponent(id)}/events`, { headers: { authorization: `Bearer ${adminToken}`, accept: "text/event-stream" } });
      if (!response.ok || !response.body) throw new Error(`GET /v1/jobs/${id}/events → ${response.status}`);
      let last: JobSummary | undefined;
      for await (const event of readServerSentEvents(response.body)) {
        last = event.data.job as JobSummary;
        onUpdate(last);
      }
      if (!last) throw new Error(`The updates of job ${id} ended without a job`);
      return last;
    },
    search: (query: string, options: { lang?: string; limit?: number }) => {
      const params = new URLSearchParams({ q: query, limit: String(options.limit ?? 5) });
      if (options.lang) params.set("lang", options.lang);
      return call<{ results: Array<Record<string, unknown>> }>("GET", `/v1/kb/search?${params}`);
    },
    startConversation: (input: Record<string, unknown>) => call<{ id: string; token: string }>("POST", "/v1/conversations", json(input)),
    /** Sends a message and yields the SSE events of the answer as they arrive. */
    async *send(conversation: { id: string; token: string }, text: string): AsyncGenerator<ClientEvent> {
      const response = await fetch(`${baseUrl}/v1/conversations/${conversation.id}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${conversation.token}`, "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ text }),
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        throw new Error(body.error?.message ?? `HTTP ${response.status}`);
      }
      yield* readServerSentEvents(response.body);
    },
  };
}

export type SwitchboardClient = ReturnType<typeof createSwitchboardClient>;

/** Parses a text/event-stream body into events (blank-line separated, `event:` and `data:` fields). */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ClientEvent> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n/g, "\n");
    let boundary: number;
    while ((boundary = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { event, data: JSON.parse(data.join("\n")) as Record<string, unknown> };
    }
  }
}
