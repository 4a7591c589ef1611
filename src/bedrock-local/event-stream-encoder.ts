import { EventStreamCodec } from "@smithy/eventstream-codec";
import type { MessageHeaders } from "@smithy/eventstream-codec";
import { fromUtf8, toUtf8 } from "@smithy/util-utf8";

const codec = new EventStreamCodec(toUtf8, fromUtf8);

function stringHeaders(values: Record<string, string>): MessageHeaders {
  const headers: MessageHeaders = {};
  for (const [name, value] of Object.entries(values)) headers[name] = { type: "string", value };
  return headers;
}

/** One `application/vnd.amazon.eventstream` frame carrying an event whose payload is JSON. */
export function encodeEvent(eventType: string, payload: unknown): Uint8Array {
  return codec.encode({
    headers: stringHeaders({ ":message-type": "event", ":event-type": eventType, ":content-type": "application/json" }),
    body: fromUtf8(JSON.stringify(payload)),
  });
}

/** One frame carrying an exception (`throttlingException`, `validationException`…); the SDK throws it. */
export function encodeException(exceptionType: string, payload: Record<string, unknown>): Uint8Array {
  return codec.encode({
    headers: stringHeaders({ ":message-type": "exception", ":exception-type": exceptionType, ":content-type": "application/json" }),
    body: fromUtf8(JSON.stringify(payload)),
  });
}

/** Decodes frames back into event type and JSON payload (for tests and tools). */
export function decodeFrame(frame: Uint8Array): { headers: Record<string, string>; payload: unknown } {
  const message = codec.decode(frame);
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(message.headers)) headers[name] = String(header.value);
  return { headers, payload: JSON.parse(toUtf8(message.body)) };
}
