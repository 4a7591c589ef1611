import { z } from "zod";
import type { EndpointStats } from "./endpoint-stats.ts";
import type { FaultInjector } from "./fault-injector.ts";
import { parseFaultSpec } from "./fault-spec.ts";
import type { HttpExchange } from "./http-exchange.ts";

/** What the admin routes control. */
export interface AdminControls {
  faults: FaultInjector;
  stats: EndpointStats;
}

const ADMIN_PREFIX = "/_local/";

/** Whether a path belongs to the endpoint's own admin routes rather than to Bedrock's API. */
export function isAdminPath(path: string): boolean {
  return path.startsWith(ADMIN_PREFIX);
}

function sendError(exchange: HttpExchange, status: number, code: string, message: string, details?: unknown, headers: Record<string, string> = {}): void {
  exchange.json(status, { error: { code, message, ...(details === undefined ? {} : { details }) } }, headers);
}

async function putFaults(exchange: HttpExchange, faults: FaultInjector): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse((await exchange.body()).toString("utf8"));
  } catch {
    sendError(exchange, 400, "invalid_json", "The body is not valid JSON.");
    return;
  }
  const parsed = parseFaultSpec(body);
  if (!parsed.success) {
    sendError(exchange, 400, "invalid_fault_spec", z.prettifyError(parsed.error), parsed.error.issues);
    return;
  }
  faults.set(parsed.data);
  exchange.json(200, faults.describe());
}

type Route = Partial<Record<string, (exchange: HttpExchange, controls: AdminControls) => Promise<void> | void>>;

const ROUTES: Record<string, Route> = {
  "/_local/faults": {
    GET: (exchange, { faults }) => exchange.json(200, faults.describe()),
    PUT: (exchange, { faults }) => putFaults(exchange, faults),
    DELETE: (exchange, { faults }) => {
      faults.clear();
      exchange.json(200, faults.describe());
    },
  },
  "/_local/stats": {
    GET: (exchange, { stats }) => exchange.json(200, stats.snapshot()),
    DELETE: (exchange, { stats }) => {
      stats.reset();
      exchange.json(200, stats.snapshot());
    },
  },
};

/**
 * The endpoint's admin routes, outside Bedrock's API: `GET|PUT|DELETE /_local/faults` sets the
 * fault spec at run time, `GET|DELETE /_local/stats` reads or resets the counters. Errors use
 * Switchboard's `{"error": {code, message, details}}` shape.
 */
export async function handleAdminRequest(exchange: HttpExchange, controls: AdminControls): Promise<void> {
  const route = ROUTES[exchange.path];
  if (!route) {
    sendError(exchange, 404, "not_found", `No admin route ${exchange.path}.`);
    return;
  }
  const handler = route[exchange.method];
  if (!handler) {
    sendError(exchange, 405, "method_not_allowed", `${exchange.method} is not allowed on ${exchange.path}.`, undefined, {
      Allow: Object.keys(route).join(", "),
    });
    return;
  }
  await handler(exchange, controls);
}
