import type { Message, MessageAttributeValue } from "@aws-sdk/client-sqs";
import type { QueuedJob, SendOptions } from "./queue.ts";

/** Message attribute names: the job id is an attribute too, so operators can read it without parsing bodies. */
export const jobAttributes = { id: "JobId", retryDelaySeconds: "RetryDelaySeconds", leaseSeconds: "LeaseSeconds" } as const;

/** A job as received from SQS, with what the worker needs to settle its delivery. */
export interface ReceivedJob {
  job: QueuedJob;
  /** 1 on the first delivery (SQS's ApproximateReceiveCount). */
  attempt: number;
  retryDelaySeconds?: number;
  leaseSeconds?: number;
}

const numberAttribute = (value: number): MessageAttributeValue => ({ DataType: "Number", StringValue: String(value) });

/** The body (`{id, type, payload}` as JSON) and attributes of the message that carries one job. */
export function encodeJobMessage(
  type: string,
  payload: Record<string, unknown>,
  options: SendOptions,
): { MessageBody: string; MessageAttributes: Record<string, MessageAttributeValue> } {
  const attributes: Record<string, MessageAttributeValue> = { [jobAttributes.id]: { DataType: "String", StringValue: options.id } };
  if (options.retryDelaySeconds !== undefined) attributes[jobAttributes.retryDelaySeconds] = numberAttribute(options.retryDelaySeconds);
  if (options.leaseSeconds !== undefined) attributes[jobAttributes.leaseSeconds] = numberAttribute(options.leaseSeconds);
  return { MessageBody: JSON.stringify({ id: options.id, type, payload }), MessageAttributes: attributes };
}

const readNumber = (message: Message, name: string): number | undefined => {
  const value = Number(message.MessageAttributes?.[name]?.StringValue);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads a received message back into a job; undefined when it is not a job of `type`. */
export function decodeJobMessage(type: string, message: Message): ReceivedJob | undefined {
  let body: unknown;
  try {
    body = JSON.parse(message.Body ?? "");
  } catch {
    return undefined;
  }
  if (!isRecord(body) || typeof body.id !== "string" || body.type !== type || !isRecord(body.payload)) return undefined;
  return {
    job: { id: body.id, type, payload: body.payload },
    attempt: Math.max(1, Number(message.Attributes?.ApproximateReceiveCount) || 1),
    retryDelaySeconds: readNumber(message, jobAttributes.retryDelaySeconds),
    leaseSeconds: readNumber(message, jobAttributes.leaseSeconds),
  };
}
