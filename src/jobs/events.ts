import { randomUUID } from "node:crypto";
import type { Logger } from "../observability/logger.ts";

/** A domain event as integrations receive it: `conversation.escalated`, `conversation.resolved`, … */
export interface DomainEvent {
  type: string;
  id: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

export type DomainEventHandler = (event: DomainEvent) => Promise<void>;

/** The events port: domain code publishes and moves on; subscribers (webhooks, ticketing) react. */
export interface Events {
  /** Publishes without waiting for any subscriber; a failing subscriber never reaches the publisher. */
  publish(type: string, data: Record<string, unknown>): DomainEvent;
  /** Adds a named subscriber to every event; returns the function that removes it. */
  subscribe(name: string, handler: DomainEventHandler): () => void;
  /** Resolves once every subscriber call started so far has settled. */
  drain(): Promise<void>;
}

/**
 * In-process events: each subscriber runs on its own after the publisher's current step, so a
 * slow integration never delays a customer's turn. Nothing survives a restart; SNS (or the job
 * queue) behind the same port makes delivery durable.
 */
export function createLocalEvents(logger: Logger): Events {
  const subscribers = new Map<string, DomainEventHandler>();
  const running = new Set<Promise<void>>();
  return {
    publish(type, data) {
      const event: DomainEvent = { type, id: randomUUID(), occurredAt: new Date().toISOString(), data };
      for (const [name, handler] of subscribers) {
        const call = new Promise<void>((resolve) => setImmediate(resolve))
          .then(() => handler(event))
          .catch((error: unknown) => logger.warn({ err: error, subscriber: name, eventType: type, eventId: event.id }, "event subscriber failed"))
          .finally(() => running.delete(call));
        running.add(call);
      }
      return event;
    },
    subscribe(name, handler) {
      subscribers.set(name, handler);
      return () => subscribers.delete(name);
    },
    async drain() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
