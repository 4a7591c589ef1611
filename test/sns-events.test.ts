import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, type Message } from "@aws-sdk/client-sqs";
import { CreateTopicCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalEvents, type DomainEvent } from "../src/jobs/events.ts";
import { createSnsEvents } from "../src/jobs/sns-events.ts";
import { createLogger } from "../src/observability/logger.ts";
import { startSnsTestServer, type SnsTestServer } from "./helpers/sns-test-server.ts";
import { startSqsTestServer, type SqsTestServer } from "./helpers/sqs-test-server.ts";
import { sendMessage, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

const logger = createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent");
const credentials = { accessKeyId: "test", secretAccessKey: "test" };

let sqsServer: SqsTestServer;
let snsServer: SnsTestServer;
let sqs: SQSClient;
let sns: SNSClient;

beforeAll(async () => {
  sqsServer = await startSqsTestServer();
  snsServer = await startSnsTestServer(sqsServer.url);
  sqs = new SQSClient({ region: "us-east-1", endpoint: sqsServer.url, credentials });
  sns = new SNSClient({ region: "us-east-1", endpoint: snsServer.url, credentials });
});

afterAll(async () => {
  sqs?.destroy();
  sns?.destroy();
  await snsServer?.close();
  await sqsServer?.close();
});

/** A topic with one queue subscribed to it; answers both and a function that waits for the queue's next message. */
async function topicWithQueue(name: string, subscription: Record<string, string> = {}) {
  const { TopicArn: topicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
  const { QueueUrl: queueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-subscriber` }));
  const { Attributes: attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }));
  await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: "sqs", Endpoint: attributes.QueueArn, Attributes: subscription }));
  const next = async (waitSeconds = 5): Promise<Message | undefined> => {
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: waitSeconds, MessageAttributeNames: ["All"] }));
    return received.Messages?.[0];
  };
  return { topicArn: topicArn!, next };
}

describe("SNS events", () => {
  it("publishes each event to the topic with its type as a message attribute, and still tells local subscribers", async () => {
    const { topicArn, next } = await topicWithQueue("switchboard-events");
    const events = createSnsEvents({ region: "us-east-1", endpoint: snsServer.url, credentials, topicArn, logger }, createLocalEvents(logger));
    const heard: DomainEvent[] = [];
    events.subscribe("test", async (event) => void heard.push(event));

    const published = events.publish("conversation.escalated", { conversationId: "c-1", reasons: ["human_request"] });
    await events.drain();
    events.close();

    expect(heard).toEqual([published]);
    const message = await next();
    const notification = JSON.parse(message!.Body!);
    expect(notification).toMatchObject({
      Type: "Notification",
      TopicArn: topicArn,
      MessageAttributes: { eventType: { Type: "String", Value: "conversation.escalated" }, eventId: { Type: "String", Value: published.id } },
    });
    expect(JSON.parse(notification.Message)).toEqual({ type: "conversation.escalated", id: published.id, occurredAt: published.occurredAt, data: { conversationId: "c-1", reasons: ["human_request"] } });
  });

  it("lets a raw subscription filter on the event type and read it from the SQS message attributes", async () => {
    const { topicArn, next } = await topicWithQueue("switchboard-filtered", { RawMessageDelivery: "true", FilterPolicy: JSON.stringify({ eventType: ["job.dead"] }) });
    const events = createSnsEvents({ region: "us-east-1", endpoint: snsServer.url, credentials, topicArn, logger }, createLocalEvents(logger));
    events.publish("conversation.resolved", { conversationId: "c-2" });
    const dead = events.publish("job.dead", { jobId: "j-1", type: "kb.ingest" });
    await events.drain();
    events.close();

    const message = await next();
    expect(message?.MessageAttributes?.eventType).toEqual({ DataType: "String", StringValue: "job.dead" });
    expect(JSON.parse(message!.Body!)).toMatchObject({ type: "job.dead", id: dead.id, data: { jobId: "j-1" } });
    expect(await next(1)).toBeUndefined();
  });

  it("keeps the publisher and local subscribers going when the topic does not exist", async () => {
    const events = createSnsEvents(
      { region: "us-east-1", endpoint: snsServer.url, credentials, topicArn: "arn:aws:sns:us-east-1:000000000000:missing", logger },
      createLocalEvents(logger),
    );
    const heard: string[] = [];
    events.subscribe("test", async (event) => void heard.push(event.type));
    expect(() => events.publish("csat.submitted", { rating: 5 })).not.toThrow();
    await events.drain();
    events.close();
    expect(heard).toEqual(["csat.submitted"]);
  });

  it("is chosen by SWITCHBOARD_EVENTS=sns: an escalation arrives on the subscribed queue", async ({ onTestFinished }) => {
    const { topicArn, next } = await topicWithQueue("switchboard-app");
    const { dir, remove } = await temporaryDataDir();
    onTestFinished(remove);
    const switchboard = await startTestSwitchboard(dir, {
      SWITCHBOARD_EVENTS: "sns",
      SWITCHBOARD_SNS_TOPIC_ARN: topicArn,
      SWITCHBOARD_SNS_ENDPOINT: snsServer.url,
      SWITCHBOARD_AWS_ACCESS_KEY_ID: "test",
      SWITCHBOARD_AWS_SECRET_ACCESS_KEY: "test",
    });
    onTestFinished(() => switchboard.close());
    const conversation = await startConversation(switchboard.url!, { email: "lea@example.com" });
    const { body } = await sendMessage(switchboard.url!, conversation, "I want to talk to a human, please");
    expect(body.conversation.status).toBe("escalated");
    await switchboard.domainEvents.drain();

    const notification = JSON.parse((await next())!.Body!);
    expect(notification.MessageAttributes.eventType.Value).toBe("conversation.escalated");
    expect(JSON.parse(notification.Message).data.conversationId).toBe(conversation.id);
  });
});
