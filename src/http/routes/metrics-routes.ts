import { Hono } from "hono";
import { bearerToken, sameSecret } from "../auth.ts";
import { unauthorized } from "../errors.ts";

export interface MetricsEndpoint {
  render(): Promise<{ contentType: string; body: string }>;
  /** When set, scrapers must send it as a bearer token. */
  token?: string;
}

/** `GET /metrics`: the Prometheus text exposition, meant for a private port or a token. */
export function metricsRoutes(endpoint: MetricsEndpoint): Hono {
  const app = new Hono();
  app.get("/metrics", async (context) => {
    if (endpoint.token) {
      const token = bearerToken(context);
      if (!token || !sameSecret(token, endpoint.token)) throw unauthorized("The metrics token is required");
    }
    const { contentType, body } = await endpoint.render();
    return context.body(body, 200, { "content-type": contentType, "cache-control": "no-store" });
  });
  return app;
}
