import { createHash, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small SQS server for tests, speaking the JSON protocol the AWS SDK v3 uses
 * (`POST /`, `x-amz-target: AmazonSQS.<Operation>`, `application/x-amz-json-1.0`). It enforces
 * the semantics the SQS queue adapter relies on: visibility timeouts, redelivery, receive counts,
 * redrive to a dead-letter queue, delays, long polling and receipt handles that go stale.
 */
export interface SqsTestServer {
  /** The endpoint to give an SQS client. */
  url: string;
  /** Every operation served, in order (e.g. to assert that a message was released). */
  operations: string[];
  close(): Promise<void>;
}

const accountId = "000000000000";
const region = "us-east-1";
const defaultQueueAttributes = { VisibilityTimeout: "30", DelaySeconds: "0", ReceiveMessageWaitTimeSeconds: "0" };

interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

interface StoredMessage {
  id: string;
  body: string;
  messageAttributes: Record<string, MessageAttributeValue>;
  sentAt: number;
  firstReceivedAt?: number;
  receiveCount: number;
  /** Until this instant the message is delayed (never received yet) or in flight (received). */
  hiddenUntil: number;
  /** Only the handle of the latest receive is valid. */
  receiptHandle?: string;
}

interface QueueState {
  name: string;
  url: string;
  arn: string;
  createdAt: number;
  attributes: Record<string, string>;
  redrive?: { deadLetterTargetArn: string; maxReceiveCount: number };
  messages: Map<string, StoredMessage>;
  /** Long polls waiting for a message to become visible. */
  waiters: Set<() => void>;
}

/** An SQS error, rendered in the JSON shape with the query-compatible code the SDK maps back. */
class SqsError extends Error {
  constructor(
    readonly type: string,
    readonly queryCode: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const errors = {
  queueDoesNotExist: () => new SqsError("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", 400, "The specified queue does not exist."),
  receiptHandleIsInvalid: (handle: string) =>
    new SqsError("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", 404, `The input receipt handle "${handle}" is not a valid receipt handle.`),
  messageNotInflight: () => new SqsError("MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", 400, "The message referred to isn't in flight."),
  invalidParameter: (message: string) => new SqsError("InvalidParameterValue", "InvalidParameterValue", 400, message),
  queueNameExists: (name: string) => new SqsError("QueueNameExists", "QueueAlreadyExists", 400, `A queue already exists with the same name (${name}) and different attributes.`),
  emptyBatch: () => new SqsError("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", 400, "There should be at least one entry in the request."),
  tooManyEntries: (count: number) =>
    new SqsError("TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400, `Maximum number of entries per request are 10. You have sent ${count}.`),
  idsNotDistinct: () => new SqsError("BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400, "Id values must be distinct."),
};

/** Integer parameter within SQS's bounds, or its default when absent. */
function integerParameter(name: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const number = typeof value === "string" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < min || number > max) {
    throw errors.invalidParameter(`Value ${String(value)} for parameter ${name} is invalid. Reason: Must be between ${min} and ${max}, if provided.`);
  }
  return number;
}

const md5 = (data: string | Buffer) => createHash("md5").update(data).digest("hex");

/** SQS's documented digest of message attributes: sorted names, each field length-prefixed. */
function md5OfMessageAttributes(attributes: Record<string, MessageAttributeValue>): string {
  const parts: Buffer[] = [];
  const lengthPrefixed = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    parts.push(length, bytes);
  };
  for (const name of Object.keys(attributes).sort()) {
    const value = attributes[name];
    lengthPrefixed(Buffer.from(name, "utf8"));
    lengthPrefixed(Buffer.from(value.DataType, "utf8"));
    const binary = value.DataType.startsWith("Binary");
    parts.push(Buffer.from([binary ? 2 : 1]));
    lengthPrefixed(binary ? Buffer.from(value.BinaryValue ?? "", "base64") : Buffer.from(value.StringValue ?? "", "utf8"));
  }
  return md5(Buffer.concat(parts));
}

function validateMessageAttributes(attributes: unknown): Record<string, MessageAttributeValue> {
  if (attributes === undefined) return {};
  const valid: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(attributes as Record<string, MessageAttributeValue>)) {
    const dataType = value?.DataType ?? "";
    const known = ["String", "Number", "Binary"].some((type) => dataType === type || dataType.startsWith(`${type}.`));
    if (!known) throw errors.invalidParameter(`The type of message (user) attribute '${name}' is invalid.`);
    if (dataType.startsWith("Binary") ? !value.BinaryValue : value.StringValue === undefined) {
      throw errors.invalidParameter(`Message (user) attribute '${name}' must contain a non-empty value of type '${dataType}'.`);
    }
    if (dataType.startsWith("Number") && Number.isNaN(Number(value.StringValue))) {
      throw errors.invalidParameter(`Can't cast the value of message (user) attribute '${name}' to a number.`);
    }
    valid[name] = { DataType: dataType, ...(value.StringValue !== undefined ? { StringValue: value.StringValue } : { BinaryValue: value.BinaryValue }) };
  }
  return valid;
}

/** Whether `name` is selected by a ReceiveMessage attribute filter (`All`, `.*`, `prefix.*` or exact). */
const selects = (filters: string[], name: string) =>
  filters.some((filter) => filter === "All" || filter === ".*" || filter === name || (filter.endsWith(".*") && name.startsWith(filter.slice(0, -1))));

/** Starts the server on a random local port. */
export async function startSqsTestServer(): Promise<SqsTestServer> {
  const queues = new Map<string, QueueState>();
  const operations: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = "";

  const queueByUrl = (url: unknown): QueueState => {
    const name = typeof url === "string" ? url.split("/").pop() : undefined;
    const queue = name ? queues.get(name) : undefined;
    if (!queue) throw errors.queueDoesNotExist();
    return queue;
  };
  const queueByArn = (arn: string) => [...queues.values()].find((queue) => queue.arn === arn);

  const wake = (queue: QueueState) => {
    for (const waiter of queue.waiters) waiter();
  };
  /** Wakes long polls when a hidden message becomes visible again. */
  const wakeAt = (queue: QueueState, at: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      wake(queue);
    }, Math.max(0, at - Date.now()));
    timers.add(timer);
  };

  const enqueue = (queue: QueueState, body: unknown, delaySeconds: unknown, messageAttributes: unknown) => {
    if (typeof body !== "string" || body.length === 0) throw errors.invalidParameter("The request must contain the parameter MessageBody.");
    const delay = integerParameter("DelaySeconds", delaySeconds, 0, 900, Number(queue.attributes.DelaySeconds));
    const attributes = validateMessageAttributes(messageAttributes);
    const message: StoredMessage = { id: randomUUID(), body, messageAttributes: attributes, sentAt: Date.now(), receiveCount: 0, hiddenUntil: Date.now() + delay * 1000 };
    queue.messages.set(message.id, message);
    if (delay > 0) wakeAt(queue, message.hiddenUntil);
    else wake(queue);
    return {
      MessageId: message.id,
      MD5OfMessageBody: md5(body),
      ...(Object.keys(attributes).length > 0 ? { MD5OfMessageAttributes: md5OfMessageAttributes(attributes) } : {}),
    };
  };

  /** Takes up to `max` visible messages, redriving those already received `maxReceiveCount` times. */
  const takeVisible = (queue: QueueState, max: number, visibilitySeconds: number): StoredMessage[] => {
    const now = Date.now();
    const taken: StoredMessage[] = [];
    for (const message of queue.messages.values()) {
      if (taken.length >= max) break;
      if (message.hiddenUntil > now) continue;
      if (queue.redrive && message.receiveCount >= queue.redrive.maxReceiveCount) {
        queue.messages.delete(message.id);
        const deadLetters = queueByArn(queue.redrive.deadLetterTargetArn);
        // Like SQS, the message keeps its id, body and attributes; its receipt history starts over.
        if (deadLetters) {
          deadLetters.messages.set(message.id, { ...message, receiveCount: 0, hiddenUntil: now, receiptHandle: undefined, firstReceivedAt: undefined });
          wake(deadLetters);
        }
        continue;
      }
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
      message.hiddenUntil = now + visibilitySeconds * 1000;
      message.receiptHandle = randomBytes(24).toString("base64url");
      if (visibilitySeconds > 0) wakeAt(queue, message.hiddenUntil);
      taken.push(message);
    }
    return taken;
  };

  const findByReceipt = (queue: QueueState, handle: unknown): StoredMessage => {
    if (typeof handle !== "string" || handle.length === 0) throw errors.receiptHandleIsInvalid(String(handle));
    for (const message of queue.messages.values()) if (message.receiptHandle === handle) return message;
    // Stricter than SQS, which may accept a stale handle and silently keep the message: failing
    // loudly lets a test see that a late delete (after the lease ran out) did not take effect.
    throw errors.receiptHandleIsInvalid(handle);
  };

  const receive = async (input: Record<string, unknown>, closed: () => boolean, onClose: (listener: () => void) => void) => {
    const queue = queueByUrl(input.QueueUrl);
    const max = integerParameter("MaxNumberOfMessages", input.MaxNumberOfMessages, 1, 10, 1);
    const visibility = integerParameter("VisibilityTimeout", input.VisibilityTimeout, 0, 43_200, Number(queue.attributes.VisibilityTimeout));
    const waitSeconds = integerParameter("WaitTimeSeconds", input.WaitTimeSeconds, 0, 20, Number(queue.attributes.ReceiveMessageWaitTimeSeconds));
    const deadline = Date.now() + waitSeconds * 1000;
    let taken = takeVisible(queue, max, visibility);
    while (taken.length === 0 && Date.now() < deadline && !closed()) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          queue.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, deadline - Date.now());
        queue.waiters.add(done);
        onClose(done);
      });
      // A client that gave up must not be handed messages it will never see.
      if (closed()) return {};
      taken = takeVisible(queue, max, visibility);
    }
    if (taken.length === 0) return {};
    const systemFilters = [...((input.AttributeNames as string[] | undefined) ?? []), ...((input.MessageSystemAttributeNames as string[] | undefined) ?? [])];
    const attributeFilters = (input.MessageAttributeNames as string[] | undefined) ?? [];
    return {
      Messages: taken.map((message) => {
        const system: Record<string, string> = {
          ApproximateReceiveCount: String(message.receiveCount),
          SentTimestamp: String(message.sentAt),
          ApproximateFirstReceiveTimestamp: String(message.firstReceivedAt),
          SenderId: "AIDAEXAMPLE",
        };
        const attributes = Object.fromEntries(Object.entries(system).filter(([name]) => selects(systemFilters, name)));
        const messageAttributes = Object.fromEntries(Object.entries(message.messageAttributes).filter(([name]) => selects(attributeFilters, name)));
        const hasAttributes = Object.keys(messageAttributes).length > 0;
        return {
          MessageId: message.id,
          ReceiptHandle: message.receiptHandle,
          MD5OfBody: md5(message.body),
          Body: message.body,
          ...(Object.keys(attributes).length > 0 ? { Attributes: attributes } : {}),
          ...(hasAttributes ? { MessageAttributes: messageAttributes, MD5OfMessageAttributes: md5OfMessageAttributes(messageAttributes) } : {}),
        };
      }),
    };
  };

  const createQueue = (input: Record<string, unknown>) => {
    const name = input.QueueName;
    if (typeof name !== "string" || !/^[\w-]{1,80}$/.test(name)) throw errors.invalidParameter("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    const attributes: Record<string, string> = { ...defaultQueueAttributes, ...((input.Attributes as Record<string, string> | undefined) ?? {}) };
    integerParameter("VisibilityTimeout", attributes.VisibilityTimeout, 0, 43_200, 30);
    integerParameter("DelaySeconds", attributes.DelaySeconds, 0, 900, 0);
    integerParameter("ReceiveMessageWaitTimeSeconds", attributes.ReceiveMessageWaitTimeSeconds, 0, 20, 0);
    let redrive: QueueState["redrive"];
    if (attributes.RedrivePolicy) {
      const policy = JSON.parse(attributes.RedrivePolicy) as { deadLetterTargetArn?: string; maxReceiveCount?: string | number };
      const maxReceiveCount = integerParameter("maxReceiveCount", policy.maxReceiveCount, 1, 1000, Number.NaN);
      if (!policy.deadLetterTargetArn || !queueByArn(policy.deadLetterTargetArn)) {
        throw errors.invalidParameter(`Value ${attributes.RedrivePolicy} for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.`);
      }
      redrive = { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount };
    }
    const existing = queues.get(name);
    if (existing) {
      if (JSON.stringify(existing.attributes) !== JSON.stringify(attributes)) throw errors.queueNameExists(name);
      return { QueueUrl: existing.url };
    }
    const queue: QueueState = {
      name,
      url: `${baseUrl}/${accountId}/${name}`,
      arn: `arn:aws:sqs:${region}:${accountId}:${name}`,
      createdAt: Date.now(),
      attributes,
      redrive,
      messages: new Map(),
      waiters: new Set(),
    };
    queues.set(name, queue);
    return { QueueUrl: queue.url };
  };

  const queueAttributes = (input: Record<string, unknown>) => {
    const queue = queueByUrl(input.QueueUrl);
    const now = Date.now();
    const messages = [...queue.messages.values()];
    const all: Record<string, string> = {
      ...queue.attributes,
      QueueArn: queue.arn,
      CreatedTimestamp: String(Math.floor(queue.createdAt / 1000)),
      ApproximateNumberOfMessages: String(messages.filter((message) => message.hiddenUntil <= now).length),
      ApproximateNumberOfMessagesNotVisible: String(messages.filter((message) => message.hiddenUntil > now && message.receiveCount > 0).length),
      ApproximateNumberOfMessagesDelayed: String(messages.filter((message) => message.hiddenUntil > now && message.receiveCount === 0).length),
    };
    const names = (input.AttributeNames as string[] | undefined) ?? [];
    return { Attributes: Object.fromEntries(Object.entries(all).filter(([name]) => names.includes("All") || names.includes(name))) };
  };

  const changeVisibility = (input: Record<string, unknown>) => {
    const queue = queueByUrl(input.QueueUrl);
    const message = findByReceipt(queue, input.ReceiptHandle);
    const seconds = integerParameter("VisibilityTimeout", input.VisibilityTimeout, 0, 43_200, Number.NaN);
    if (message.hiddenUntil <= Date.now()) throw errors.messageNotInflight();
    message.hiddenUntil = Date.now() + seconds * 1000;
    if (seconds === 0) wake(queue);
    else wakeAt(queue, message.hiddenUntil);
    return {};
  };

  const batchEntries = (entries: unknown): Array<Record<string, unknown> & { Id: string }> => {
    const list = (entries as Array<Record<string, unknown> & { Id: string }> | undefined) ?? [];
    if (list.length === 0) throw errors.emptyBatch();
    if (list.length > 10) throw errors.tooManyEntries(list.length);
    if (new Set(list.map((entry) => entry.Id)).size !== list.length) throw errors.idsNotDistinct();
    return list;
  };
  /** Runs one batch entry, turning its SQS error into a Failed entry as SQS does. */
  const batchEntry = <T>(id: string, run: () => T) => {
    try {
      return { ok: { Id: id, ...run() } };
    } catch (error) {
      if (!(error instanceof SqsError)) throw error;
      return { failed: { Id: id, SenderFault: error.status < 500, Code: error.queryCode, Message: error.message } };
    }
  };
  const batchResult = (outcomes: Array<{ ok?: unknown; failed?: unknown }>) => ({
    Successful: outcomes.flatMap((outcome) => (outcome.ok ? [outcome.ok] : [])),
    Failed: outcomes.flatMap((outcome) => (outcome.failed ? [outcome.failed] : [])),
  });

  const handlers: Record<string, (input: Record<string, unknown>, closed: () => boolean, onClose: (listener: () => void) => void) => unknown> = {
    CreateQueue: createQueue,
    GetQueueUrl: (input) => {
      const queue = queues.get(String(input.QueueName));
      if (!queue) throw errors.queueDoesNotExist();
      return { QueueUrl: queue.url };
    },
    GetQueueAttributes: queueAttributes,
    DeleteQueue: (input) => {
      const queue = queueByUrl(input.QueueUrl);
      queues.delete(queue.name);
      wake(queue);
      return {};
    },
    PurgeQueue: (input) => {
      queueByUrl(input.QueueUrl).messages.clear();
      return {};
    },
    SendMessage: (input) => enqueue(queueByUrl(input.QueueUrl), input.MessageBody, input.DelaySeconds, input.MessageAttributes),
    SendMessageBatch: (input) => {
      const queue = queueByUrl(input.QueueUrl);
      return batchResult(batchEntries(input.Entries).map((entry) => batchEntry(entry.Id, () => enqueue(queue, entry.MessageBody, entry.DelaySeconds, entry.MessageAttributes))));
    },
    ReceiveMessage: receive,
    DeleteMessage: (input) => {
      const queue = queueByUrl(input.QueueUrl);
      queue.messages.delete(findByReceipt(queue, input.ReceiptHandle).id);
      return {};
    },
    DeleteMessageBatch: (input) => {
      const queue = queueByUrl(input.QueueUrl);
      return batchResult(
        batchEntries(input.Entries).map((entry) =>
          batchEntry(entry.Id, () => {
            queue.messages.delete(findByReceipt(queue, entry.ReceiptHandle).id);
            return {};
          }),
        ),
      );
    },
    ChangeMessageVisibility: changeVisibility,
  };

  const reply = (response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (response.destroyed) return;
    response.writeHead(status, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": randomUUID(), ...headers });
    response.end(JSON.stringify(body));
  };
  const replyError = (response: http.ServerResponse, error: SqsError) =>
    reply(response, error.status, { __type: `com.amazonaws.sqs#${error.type}`, message: error.message }, {
      "x-amzn-query-error": `${error.queryCode};${error.status < 500 ? "Sender" : "Receiver"}`,
    });

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const target = String(request.headers["x-amz-target"] ?? "");
    const operation = target.startsWith("AmazonSQS.") ? target.slice("AmazonSQS.".length) : "";
    const handler = handlers[operation];
    if (request.method !== "POST" || !handler) {
      reply(response, 400, { __type: "com.amazon.coral.service#UnknownOperationException", message: `Unknown operation ${target}` });
      return;
    }
    if (!String(request.headers["content-type"]).startsWith("application/x-amz-json-1.0")) {
      replyError(response, errors.invalidParameter(`Unsupported content type ${request.headers["content-type"]}`));
      return;
    }
    if (!String(request.headers.authorization ?? "").startsWith("AWS4-HMAC-SHA256 ")) {
      reply(response, 403, { __type: "com.amazon.coral.service#MissingAuthenticationTokenException", message: "Request is missing Authentication Token" });
      return;
    }
    operations.push(operation);
    let closed = false;
    const closeListeners: Array<() => void> = [];
    response.on("close", () => {
      closed = true;
      for (const listener of closeListeners) listener();
    });
    try {
      const input = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
      reply(response, 200, await handler(input, () => closed, (listener) => closeListeners.push(listener)));
    } catch (error) {
      if (error instanceof SqsError) replyError(response, error);
      else reply(response, 500, { __type: "com.amazonaws.sqs#InternalError", message: error instanceof Error ? error.message : String(error) });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    operations,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const queue of queues.values()) wake(queue);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
