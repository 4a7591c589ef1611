/** The domain events a webhook endpoint may listen to. */
export const webhookEventTypes = [
  "conversation.escalated",
  "conversation.resolved",
  "csat.submitted",
  "document.ingested",
  "document.failed",
  "job.dead",
] as const;

/** The events the endpoints of SWITCHBOARD_WEBHOOK_URLS carry. */
export const environmentWebhookEventTypes: readonly string[] = ["conversation.escalated", "conversation.resolved"];
