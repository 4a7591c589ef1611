import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A chat completions request as the fake received it. */
export interface ReceivedChatRequest {
  model: string;
  messages: { role: string; content?: unknown; tool_calls?: { id: string; function: { name: string; arguments: string } }[]; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; description?: string; parameters: unknown } }[];
  tool_choice?: unknown;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  temperature?: number;
  stop?: string[];
}

/** What the fake model answers: text, tool calls, or an HTTP error. */
export type FakeReply =
  | { text?: string; toolCalls?: { id?: string; name: string; arguments: Record<string, unknown> }[]; finishReason?: string; usage?: { prompt: number; completion: number } }
  | { status: number; error: string };

export interface OpenAiCompatibleServer {
  url: string;
  /** Every request received, in order. */
  requests: ReceivedChatRequest[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function sse(response: ServerResponse, body: unknown): void {
  response.write(`data: ${JSON.stringify(body)}\n\n`);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function completionUsage(reply: Extract<FakeReply, { text?: string }>) {
  const usage = reply.usage ?? { prompt: 11, completion: 7 };
  return { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion };
}

function finishReason(reply: Extract<FakeReply, { text?: string }>): string {
  return reply.finishReason ?? (reply.toolCalls?.length ? "tool_calls" : "stop");
}

function respondWhole(response: ServerResponse, request: ReceivedChatRequest, reply: Extract<FakeReply, { text?: string }>): void {
  send(response, 200, {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: reply.text ?? null,
          ...(reply.toolCalls?.length
            ? { tool_calls: reply.toolCalls.map((call, index) => ({ id: call.id ?? `call_${index}`, type: "function", function: { name: call.name, arguments: JSON.stringify(call.arguments) } })) }
            : {}),
        },
        finish_reason: finishReason(reply),
      },
    ],
    usage: completionUsage(reply),
  });
}

// Streams like OpenAI: a role chunk, content word by word, each tool call's arguments in small
// fragments after a chunk naming it, a finish chunk, a usage chunk when asked for, then [DONE].
async function respondStreamed(response: ServerResponse, request: ReceivedChatRequest, reply: Extract<FakeReply, { text?: string }>, chunkDelayMs: number) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const base = { id: "chatcmpl-fake", object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: request.model };
  const chunk = async (delta: unknown, finish: string | null = null) => {
    sse(response, { ...base, choices: [{ index: 0, delta, finish_reason: finish }] });
    if (chunkDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, chunkDelayMs));
  };
  await chunk({ role: "assistant", content: "" });
  for (const word of reply.text?.match(/\S+\s*/g) ?? []) await chunk({ content: word });
  for (const [index, call] of (reply.toolCalls ?? []).entries()) {
    await chunk({ tool_calls: [{ index, id: call.id ?? `call_${index}`, type: "function", function: { name: call.name, arguments: "" } }] });
    const json = JSON.stringify(call.arguments);
    for (let start = 0; start < json.length; start += 5) await chunk({ tool_calls: [{ index, function: { arguments: json.slice(start, start + 5) } }] });
  }
  await chunk({}, finishReason(reply));
  if (request.stream_options?.include_usage) sse(response, { ...base, choices: [], usage: completionUsage(reply) });
  response.end("data: [DONE]\n\n");
}

/**
 * A small OpenAI-compatible chat completions server (`POST /v1/chat/completions`, whole or SSE),
 * answering with what `reply` decides for each request, for testing forwarding over real HTTP.
 */
export async function startOpenAiCompatibleServer(
  reply: (request: ReceivedChatRequest) => FakeReply,
  options: { chunkDelayMs?: number } = {},
): Promise<OpenAiCompatibleServer> {
  const requests: ReceivedChatRequest[] = [];
  const server = createServer((request, response) => {
    if (request.method !== "POST" || request.url !== "/v1/chat/completions") {
      send(response, 404, { error: { message: `no route ${request.method} ${request.url}`, type: "invalid_request_error" } });
      return;
    }
    readJson(request)
      .then(async (body) => {
        const chatRequest = body as ReceivedChatRequest;
        requests.push(chatRequest);
        const answer = reply(chatRequest);
        if ("status" in answer) send(response, answer.status, { error: { message: answer.error, type: "server_error" } });
        else if (chatRequest.stream) await respondStreamed(response, chatRequest, answer, options.chunkDelayMs ?? 0);
        else respondWhole(response, chatRequest, answer);
      })
      .catch(() => send(response, 400, { error: { message: "invalid JSON body", type: "invalid_request_error" } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
