import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import type { Logger } from "../observability/logger.ts";
import type { DomainEvent, Events } from "./events.ts";

export interface SnsEventsOptions {
  region: string;
  /** Always passed to the client, so the SDK never falls back to AWS_ENDPOINT_URL. Default: the region's public endpoint. */
  endpoint?: string;
  /** Static credentials from config; without them the SDK's default chain applies (e.g. an ECS task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** The deployment's topic: every domain event is published to it. */
  topicArn: string;
  logger: Logger;
}

/** The SNS message of an event; subscribers filter on the `eventType` attribute without reading bodies. */
function snsMessageOf(event: DomainEvent): { Message: string; MessageAttributes: Record<string, { DataType: "String"; StringValue: string }> } {
  return {
    Message: JSON.stringify({ type: event.type, id: event.id, occurredAt: event.occurredAt, data: event.data }),
    MessageAttributes: { eventType: { DataType: "String", StringValue: event.type }, eventId: { DataType: "String", StringValue: event.id } },
  };
}

/**
 * Events on Amazon SNS: every event goes to the deployment's topic (where queues, Lambdas or other
 * services subscribe, filtering on the `eventType` attribute) and to the in-process subscribers of
 * `local` (webhooks, the ticket mirror), which need no round trip through AWS to hear it.
 */
export function createSnsEvents(options: SnsEventsOptions, local: Events): Events & { close(): void } {
  const client = new SNSClient({
    region: options.region,
    endpoint: options.endpoint ?? `https://sns.${options.region}.amazonaws.com`,
    credentials: options.credentials,
  });
  const publishing = new Set<Promise<void>>();
  return {
    publish(type, data) {
      const event = local.publish(type, data);
      const sent: Promise<void> = client
        .send(new PublishCommand({ TopicArn: options.topicArn, ...snsMessageOf(event) }))
        .then(() => undefined)
        // The SDK has retried already; the publisher must not fail for an integration's sake.
        .catch((error: unknown) => options.logger.error({ err: error, eventType: type, eventId: event.id, topicArn: options.topicArn }, "event not published to SNS"))
        .finally(() => publishing.delete(sent));
      publishing.add(sent);
      return event;
    },
    subscribe: (name, handler) => local.subscribe(name, handler),
    async drain() {
      while (publishing.size > 0) await Promise.allSettled([...publishing]);
      await local.drain();
    },
    close: () => client.destroy(),
  };
}
