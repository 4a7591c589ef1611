import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { GetQueueUrlCommand, SendMessageCommand, SQSClient, type MessageAttributeValue } from "@aws-sdk/client-sqs";

/**
 * A small SNS server for tests, speaking the AWS query protocol the SDK v3 SNS client uses
 * (`POST /`, form-encoded `Action=…&Version=2010-03-31`, XML answers). Topics fan out to SQS
 * subscriptions by sending, over real HTTP, to the SQS server whose queue ARN was subscribed:
 * as SNS does, the message arrives wrapped in a JSON notification, or as the bare message with
 * SQS message attributes when the subscription asks for raw delivery. A subscription's filter
 * policy (exact string values per attribute) decides which messages it gets.
 */
export interface SnsTestServer {
  url: string;
  /** Every action served, in order. */
  actions: string[];
  close(): Promise<void>;
}

const accountId = "000000000000";
const region = "us-east-1";
const namespace = "http://sns.amazonaws.com/doc/2010-03-31/";

interface Subscription {
  arn: string;
  queueArn: string;
  raw: boolean;
  filterPolicy?: Record<string, string[]>;
}

interface Topic {
  arn: string;
  subscriptions: Map<string, Subscription>;
}

class SnsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** Reads the query protocol's `Prefix.entry.N.Field` lists into one object per entry. */
function entries(form: URLSearchParams, prefix: string): Array<Record<string, string>> {
  const byIndex = new Map<string, Record<string, string>>();
  for (const [name, value] of form) {
    const match = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.entry\\.(\\d+)\\.(.+)$`).exec(name);
    if (!match) continue;
    const entry = byIndex.get(match[1]) ?? {};
    entry[match[2]] = value;
    byIndex.set(match[1], entry);
  }
  return [...byIndex.values()];
}

/** Starts the server on a random local port; `sqsUrl` is the SQS endpoint its subscriptions deliver to. */
export async function startSnsTestServer(sqsUrl: string): Promise<SnsTestServer> {
  const topics = new Map<string, Topic>();
  const actions: string[] = [];
  const sqs = new SQSClient({ region, endpoint: sqsUrl, credentials: { accessKeyId: "sns", secretAccessKey: "sns" } });

  const topicOf = (arn: string | null) => {
    const topic = arn ? topics.get(arn) : undefined;
    if (!topic) throw new SnsError("NotFound", 404, "Topic does not exist");
    return topic;
  };

  const deliver = async (topic: Topic, subscription: Subscription, message: { id: string; body: string; subject?: string; attributes: Record<string, MessageAttributeValue> }) => {
    const queueName = subscription.queueArn.split(":").pop();
    const { QueueUrl: queueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: queueName }));
    if (subscription.raw) {
      await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: message.body, MessageAttributes: message.attributes }));
      return;
    }
    const notification = {
      Type: "Notification",
      MessageId: message.id,
      TopicArn: topic.arn,
      ...(message.subject ? { Subject: message.subject } : {}),
      Message: message.body,
      Timestamp: new Date().toISOString(),
      SignatureVersion: "1",
      Signature: "test-server-does-not-sign",
      SigningCertURL: "https://sns.us-east-1.amazonaws.com/test.pem",
      UnsubscribeURL: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${subscription.arn}`,
      MessageAttributes: Object.fromEntries(Object.entries(message.attributes).map(([name, value]) => [name, { Type: value.DataType, Value: value.StringValue }])),
    };
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(notification) }));
  };

  const matches = (subscription: Subscription, attributes: Record<string, MessageAttributeValue>) =>
    !subscription.filterPolicy ||
    Object.entries(subscription.filterPolicy).every(([name, allowed]) => attributes[name]?.StringValue !== undefined && allowed.includes(attributes[name].StringValue!));

  const handlers: Record<string, (form: URLSearchParams) => Promise<string>> = {
    async CreateTopic(form) {
      const name = form.get("Name") ?? "";
      if (!/^[\w-]{1,256}$/.test(name)) throw new SnsError("InvalidParameter", 400, "Invalid parameter: Topic Name");
      const arn = `arn:aws:sns:${region}:${accountId}:${name}`;
      if (!topics.has(arn)) topics.set(arn, { arn, subscriptions: new Map() });
      return `<CreateTopicResult><TopicArn>${arn}</TopicArn></CreateTopicResult>`;
    },
    async DeleteTopic(form) {
      topics.delete(topicOf(form.get("TopicArn")).arn);
      return "";
    },
    async Subscribe(form) {
      const topic = topicOf(form.get("TopicArn"));
      if (form.get("Protocol") !== "sqs") throw new SnsError("InvalidParameter", 400, "Invalid parameter: this test server delivers to SQS only");
      const queueArn = form.get("Endpoint") ?? "";
      if (!/^arn:aws:sqs:[\w-]+:\d{12}:[\w-]+$/.test(queueArn)) throw new SnsError("InvalidParameter", 400, "Invalid parameter: SQS endpoint ARN");
      const attributes = Object.fromEntries(entries(form, "Attributes").map((entry) => [entry.key, entry.value]));
      const arn = `${topic.arn}:${randomUUID()}`;
      let filterPolicy: Subscription["filterPolicy"];
      if (attributes.FilterPolicy) {
        try {
          filterPolicy = JSON.parse(attributes.FilterPolicy) as Record<string, string[]>;
        } catch {
          throw new SnsError("InvalidParameter", 400, "Invalid parameter: FilterPolicy: failed to parse JSON");
        }
      }
      topic.subscriptions.set(arn, { arn, queueArn, raw: attributes.RawMessageDelivery === "true", filterPolicy });
      return `<SubscribeResult><SubscriptionArn>${arn}</SubscriptionArn></SubscribeResult>`;
    },
    async Publish(form) {
      const topic = topicOf(form.get("TopicArn"));
      const body = form.get("Message");
      if (!body) throw new SnsError("InvalidParameter", 400, "Invalid parameter: Empty message");
      const attributes: Record<string, MessageAttributeValue> = {};
      for (const entry of entries(form, "MessageAttributes")) {
        if (!entry.Name || !entry["Value.DataType"]) throw new SnsError("InvalidParameter", 400, "Invalid parameter: message attribute without name or type");
        attributes[entry.Name] = { DataType: entry["Value.DataType"], StringValue: entry["Value.StringValue"] };
      }
      const message = { id: randomUUID(), body, subject: form.get("Subject") ?? undefined, attributes };
      await Promise.all([...topic.subscriptions.values()].filter((subscription) => matches(subscription, attributes)).map((subscription) => deliver(topic, subscription, message)));
      return `<PublishResult><MessageId>${message.id}</MessageId></PublishResult>`;
    },
  };

  const reply = (response: http.ServerResponse, status: number, xml: string) => {
    response.writeHead(status, { "content-type": "text/xml", "x-amzn-requestid": randomUUID() });
    response.end(xml);
  };

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
    const action = form.get("Action") ?? "";
    const requestId = randomUUID();
    try {
      if (request.method !== "POST" || !String(request.headers["content-type"]).startsWith("application/x-www-form-urlencoded")) {
        throw new SnsError("InvalidAction", 400, "Only form-encoded POST requests are served");
      }
      if (!String(request.headers.authorization ?? "").startsWith("AWS4-HMAC-SHA256 ")) throw new SnsError("MissingAuthenticationToken", 403, "Request is missing Authentication Token");
      const handler = handlers[action];
      if (!handler) throw new SnsError("InvalidAction", 400, `The action ${action} is not valid for this endpoint.`);
      actions.push(action);
      const result = await handler(form);
      reply(response, 200, `<${action}Response xmlns="${namespace}">${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`);
    } catch (error) {
      const known = error instanceof SnsError ? error : new SnsError("InternalError", 500, error instanceof Error ? error.message : String(error));
      reply(
        response,
        known.status,
        `<ErrorResponse xmlns="${namespace}"><Error><Type>${known.status < 500 ? "Sender" : "Receiver"}</Type><Code>${known.code}</Code><Message>${escapeXml(known.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    actions,
    async close() {
      sqs.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
