import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { constants as http2Constants } from "node:http2";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import { BedrockError, streamExceptionType, validationError } from "./bedrock-errors.ts";
import { encodeException } from "./event-stream-encoder.ts";

// What both the HTTP/1.1 and the HTTP/2 compatibility response offer, so one handler serves both.
interface ResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: Uint8Array, callback?: (error?: Error | null) => void): boolean;
  end(chunk?: Uint8Array | string): unknown;
  once(event: "close" | "drain", listener: () => void): unknown;
  readonly headersSent: boolean;
  readonly writableEnded: boolean;
  readonly destroyed?: boolean;
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** One request and its response, the same for HTTP/1.1 and HTTP/2. */
export class HttpExchange {
  readonly requestId = randomUUID();
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** "1.1" or "2.0". */
  readonly httpVersion: string;
  /** Aborted when the response can no longer reach the client: it went away, or the stream was broken on purpose. */
  readonly closed: AbortSignal;
  private readonly response: ResponseLike;
  private readonly request: IncomingMessage | Http2ServerRequest;
  private readonly closer: AbortController;
  private status = 0;
  private eventsWritten = 0;
  private streamBreak?: { afterEvents: number; error?: BedrockError };

  constructor(request: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse) {
    this.request = request;
    this.response = response as ResponseLike;
    this.method = request.method ?? "GET";
    this.path = (request.url ?? "/").split("?")[0] ?? "/";
    this.headers = request.headers;
    this.httpVersion = request.httpVersion;
    this.closer = new AbortController();
    this.closed = this.closer.signal;
    this.response.once("close", () => {
      if (!this.response.writableEnded) this.closer.abort();
    });
  }

  /** The status sent, 0 before headers. */
  get statusCode(): number {
    return this.status;
  }

  get headersSent(): boolean {
    return this.response.headersSent;
  }

  /** Reads the whole request body. */
  async body(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.request as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > MAX_BODY_BYTES) throw validationError("The request body is too large.");
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  }

  // Every Bedrock response carries a request id and a Date the SDK uses to correct clock skew.
  // No connection or transfer-encoding headers: HTTP/2 forbids them and Node frames HTTP/1.1 itself.
  private head(status: number, headers: Record<string, string>): void {
    this.status = status;
    this.response.writeHead(status, {
      "x-amzn-RequestId": this.requestId,
      Date: new Date().toUTCString(),
      ...headers,
    });
  }

  /** Sends a complete response. */
  send(status: number, contentType: string, body: Uint8Array | string, headers: Record<string, string> = {}): void {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    this.head(status, { "content-type": contentType, "content-length": String(bytes.byteLength), ...headers });
    this.response.end(bytes);
  }

  /** Sends a JSON response. */
  json(status: number, payload: unknown, headers: Record<string, string> = {}): void {
    this.send(status, "application/json", JSON.stringify(payload), headers);
  }

  /** Sends a Bedrock error: the type in `x-amzn-ErrorType`, where the SDK looks for it. */
  error(error: BedrockError): void {
    this.json(error.status, { message: error.message, ...error.fields }, {
      "x-amzn-ErrorType": `${error.type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
    });
  }

  /** Starts a streamed response. */
  startStream(contentType: string, headers: Record<string, string> = {}): void {
    this.head(200, { "content-type": contentType, ...headers });
  }

  /**
   * Breaks the streamed response once `afterEvents` frames are written: with an in-stream exception
   * frame, or without one by resetting the connection. A stream that ends sooner breaks at its end.
   */
  breakStreamAfter(afterEvents: number, error?: BedrockError): void {
    this.streamBreak = { afterEvents, error };
  }

  /** Drops the connection without a response, as a network failure would. */
  resetConnection(): void {
    this.closer.abort();
    // On HTTP/2 the socket belongs to the session and may not be touched; destroying the session drops it.
    if ("stream" in this.request) this.request.stream.session?.destroy(new Error("connection reset"), http2Constants.NGHTTP2_INTERNAL_ERROR);
    else this.request.socket.destroy();
  }

  /** Writes one frame of a streamed response, waiting while the client is slow to read. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.closed.aborted || this.response.writableEnded) return;
    if (this.streamBreak && this.eventsWritten >= this.streamBreak.afterEvents) {
      this.breakStream(this.streamBreak.error);
      return;
    }
    this.eventsWritten += 1;
    if (this.response.write(chunk)) return;
    await new Promise<void>((resolve) => {
      this.response.once("drain", resolve);
      this.response.once("close", resolve);
    });
  }

  /** Ends a streamed response. */
  end(): void {
    if (this.response.writableEnded || this.closed.aborted) return;
    if (this.streamBreak) this.breakStream(this.streamBreak.error);
    else this.response.end();
  }

  /** Ends a started stream with an in-stream exception frame, which the SDK throws from its event iterator. */
  endWithException(error: BedrockError): void {
    this.streamBreak = undefined;
    if (this.response.writableEnded || this.closed.aborted) return;
    this.response.end(encodeException(streamExceptionType(error.type), { message: error.message, ...error.fields }));
    // Nothing may follow the exception; generation stops as if the client had left.
    this.closer.abort();
  }

  private breakStream(error: BedrockError | undefined): void {
    this.streamBreak = undefined;
    if (error) this.endWithException(error);
    else this.resetConnection();
  }
}

/** Turns anything thrown by a handler into a Bedrock error. */
export function toBedrockError(error: unknown): BedrockError {
  if (error instanceof BedrockError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BedrockError("InternalServerException", 500, message);
}
