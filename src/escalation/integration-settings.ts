import { z } from "zod";
import { optionalText } from "../optional-text.ts";

/** The environment variables of the integrations: ticketing system and generic webhooks. */
export const integrationEnvironmentShape = {
  SWITCHBOARD_TICKETING: z.enum(["desk", "zendesk"]).default("desk"),
  SWITCHBOARD_ZENDESK_URL: optionalText.pipe(z.url().optional()),
  SWITCHBOARD_ZENDESK_EMAIL: optionalText.pipe(z.email().optional()),
  SWITCHBOARD_ZENDESK_TOKEN: optionalText,
  SWITCHBOARD_TICKETING_WEBHOOK_SECRET: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  SWITCHBOARD_WEBHOOK_URLS: optionalText.transform((value, context) => {
    const urls = (value ?? "").split(",").map((url) => url.trim()).filter(Boolean);
    for (const url of urls) if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) context.addIssue({ code: "custom", message: `${url} is not an http(s) URL` });
    return urls;
  }),
  SWITCHBOARD_WEBHOOK_SECRET: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
};

type IntegrationEnvironment = z.infer<z.ZodObject<typeof integrationEnvironmentShape>>;

export interface IntegrationSettings {
  ticketing: { kind: "desk" } | { kind: "zendesk"; baseUrl: string; email: string; apiToken: string };
  /** Verifies status webhooks from the ticketing system; they are refused while unset. */
  ticketingWebhookSecret?: string;
  webhooks: { urls: string[]; secret: string } | undefined;
}

/** Integration settings from the validated environment, or what is missing as one message. */
export function readIntegrationSettings(env: IntegrationEnvironment): IntegrationSettings | string {
  let ticketing: IntegrationSettings["ticketing"] = { kind: "desk" };
  if (env.SWITCHBOARD_TICKETING === "zendesk") {
    const { SWITCHBOARD_ZENDESK_URL: baseUrl, SWITCHBOARD_ZENDESK_EMAIL: email, SWITCHBOARD_ZENDESK_TOKEN: apiToken } = env;
    if (!baseUrl || !email || !apiToken) return "SWITCHBOARD_TICKETING=zendesk needs SWITCHBOARD_ZENDESK_URL, SWITCHBOARD_ZENDESK_EMAIL and SWITCHBOARD_ZENDESK_TOKEN";
    ticketing = { kind: "zendesk", baseUrl, email, apiToken };
  }
  const urls = env.SWITCHBOARD_WEBHOOK_URLS;
  if (urls.length > 0 && !env.SWITCHBOARD_WEBHOOK_SECRET) return "SWITCHBOARD_WEBHOOK_URLS needs SWITCHBOARD_WEBHOOK_SECRET to sign deliveries";
  return {
    ticketing,
    ticketingWebhookSecret: env.SWITCHBOARD_TICKETING_WEBHOOK_SECRET,
    webhooks: urls.length > 0 && env.SWITCHBOARD_WEBHOOK_SECRET ? { urls, secret: env.SWITCHBOARD_WEBHOOK_SECRET } : undefined,
  };
}
