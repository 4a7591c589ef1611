import { setTimeout as sleep } from "node:timers/promises";
import { EventSourceParserStream } from "eventsource-parser/stream";
import { answerParts, waitForGeneration } from "./answer-stream.ts";
import type { AnswerPart } from "./answer-stream.ts";
import { BedrockError, bedrockException } from "./bedrock-errors.ts";
import type { ChatSource, GeneratedAnswer, GenerationCall } from "./chat-source.ts";
import type { ChatRequest, ModelAnswer } from "./converse-types.ts";
import { chatCompletionsUrl, forwardModelResolver } from "./forward-settings.ts";
import type { ForwardSettings } from "./forward-settings.ts";
import { toOpenAiChatRequest } from "./openai-chat-request.ts";
import { answerFromCompletion, chatCompletionChunkSchema, chatCompletionSchema, CompletionStreamAssembler } from "./openai-chat-response.ts";
import type { UpstreamUsage } from "./openai-chat-response.ts";
import { tokenWeight } from "./token-estimate.ts";
import { tokenUsage } from "./token-usage.ts";

const DEFAULT_TIMEOUT_MS = 120_000;

// How the forward server's HTTP failures look to a Bedrock client.
function upstreamError(status: number, detail: string): BedrockError {
  const message = `The forward server answered ${status}: ${detail.slice(0, 500)}`;
  if (status === 400 || status === 413 || status === 422) return bedrockException("ValidationException", message);
  if (status === 401 || status === 403) return bedrockException("AccessDeniedException", message);
  if (status === 404) return bedrockException("ResourceNotFoundException", message);
  if (status === 408 || status === 504) return bedrockException("ModelTimeoutException", message);
  if (status === 429) return bedrockException("ThrottlingException", message);
  if (status === 503) return bedrockException("ServiceUnavailableException", message);
  return bedrockException("ModelErrorException", message, { originalStatusCode: status });
}

function usageFor(request: ChatRequest, answer: ModelAnswer, upstream: UpstreamUsage | undefined) {
  if (!upstream) return tokenUsage(request, answer);
  return { ...upstream, totalTokens: upstream.inputTokens + upstream.outputTokens };
}

// A latency fault slows a forwarded stream on top of the server's own pace.
function latencyDelay(call: GenerationCall): (part: AnswerPart) => Promise<void> {
  let previousTokens: number | undefined;
  return async (part) => {
    if (part.type !== "text-delta" && part.type !== "tool-delta") return;
    const ms = previousTokens === undefined ? call.latency.firstTokenMs : call.latency.perTokenMs * previousTokens;
    previousTokens = tokenWeight(part.type === "text-delta" ? part.text : part.json);
    if (ms > 0) await sleep(ms, undefined, { signal: call.signal }).catch(() => {});
  };
}

/**
 * Generation forwarded to an OpenAI-compatible server (Ollama, vLLM, llama.cpp server): the
 * Converse-shaped request goes out as `POST /v1/chat/completions`, the completion — whole or as
 * SSE chunks — comes back as a Converse answer with tool calls, stop reason and usage.
 */
export function createForwardChatSource(settings: ForwardSettings, fetchImplementation: typeof fetch = fetch): ChatSource {
  const url = chatCompletionsUrl(settings.url);
  const targetModel = forwardModelResolver(settings.models);
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function post(request: ChatRequest, call: GenerationCall, stream: boolean): Promise<{ response: Response; timeout: AbortSignal }> {
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetchImplementation(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: stream ? "text/event-stream" : "application/json",
          ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
        },
        body: JSON.stringify(toOpenAiChatRequest(request, targetModel(call.model), stream)),
        signal: AbortSignal.any([call.signal, timeout]),
      });
    } catch (error) {
      throw failure(error, timeout);
    }
    if (!response.ok) throw upstreamError(response.status, await response.text().catch(() => ""));
    return { response, timeout };
  }

  function failure(error: unknown, timeout: AbortSignal): unknown {
    if (error instanceof BedrockError) return error;
    if (timeout.aborted) return bedrockException("ModelTimeoutException", `The forward server did not finish within ${timeoutMs} ms.`);
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return bedrockException("ServiceUnavailableException", `The forward server at ${url} is unreachable (${cause}).`);
  }

  async function* completionChunks(response: Response) {
    if (!response.body) return;
    const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
    for await (const event of events) {
      if (event.data.trim() === "[DONE]") return;
      let json: unknown;
      try {
        json = JSON.parse(event.data);
      } catch {
        throw bedrockException("ModelStreamErrorException", "The forward server sent a chunk that is not JSON.", { originalStatusCode: 200 });
      }
      const upstreamFailure = (json as { error?: { message?: unknown } }).error;
      if (upstreamFailure) {
        throw bedrockException("ModelStreamErrorException", String(upstreamFailure.message ?? "The forward server's stream failed."), {
          originalStatusCode: 500,
          originalMessage: JSON.stringify(upstreamFailure),
        });
      }
      const chunk = chatCompletionChunkSchema.safeParse(json);
      if (!chunk.success) throw bedrockException("ModelStreamErrorException", "The forward server sent an unexpected chunk.", { originalStatusCode: 200 });
      yield chunk.data;
    }
  }

  return {
    async complete(request, call): Promise<GeneratedAnswer> {
      const { response, timeout } = await post(request, call, false);
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        throw failure(error, timeout);
      }
      const parsed = chatCompletionSchema.safeParse(body);
      if (!parsed.success) throw bedrockException("ModelErrorException", "The forward server answered with an unexpected body.");
      const completion = answerFromCompletion(parsed.data);
      const answer = call.transform ? call.transform(completion.answer) : completion.answer;
      await waitForGeneration(answerParts(answer), call.latency, call.signal);
      return { answer, usage: usageFor(request, completion.answer, completion.usage) };
    },

    async stream(request, call, onPart): Promise<GeneratedAnswer> {
      const { response, timeout } = await post(request, call, true);
      const assembler = new CompletionStreamAssembler();
      const delay = latencyDelay(call);
      // Malformed output can only be made from the whole answer, so that stream is held back until it is complete.
      const hold = call.transform !== undefined;
      const send = async (part: AnswerPart) => {
        if (hold || call.signal.aborted) return;
        await delay(part);
        await onPart(part);
      };
      try {
        for await (const chunk of completionChunks(response)) for (const part of assembler.push(chunk)) await send(part);
      } catch (error) {
        throw failure(error, timeout);
      }
      const finished = assembler.finish();
      for (const part of finished.parts) await send(part);
      const usage = usageFor(request, finished.answer, finished.usage);
      if (!call.transform) return { answer: finished.answer, usage };
      const answer = call.transform(finished.answer);
      for (const part of answerParts(answer)) await onPart(part);
      return { answer, usage };
    },
  };
}
