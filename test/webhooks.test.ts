import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { isSignedBody } from "../src/escalation/webhook-signature.ts";
import { postJson, sendMessage, startConversation, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

const environmentSecret = "environment-webhook-secret-0123";
const flakySecret = "flaky-receiver-secret-0123456789";

interface Received {
  path: string;
  event: { type: string; id: string; data: Record<string, unknown> };
  headers: http.IncomingHttpHeaders;
  /** Whether the signature verified with the secret the receiver was registered with. */
  verified: boolean;
}

/**
 * Receivers on one server, by path: `/ok` accepts, `/flaky` answers 500 twice then accepts,
 * `/down` always answers 503, `/reject` answers 400. Each verifies the signature with its secret.
 */
async function startReceivers(secrets: Map<string, string>) {
  const received: Received[] = [];
  let flakyFailures = 2;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = request.url ?? "";
      const verified = isSignedBody(secrets.get(path) ?? "", body, request.headers["x-switchboard-signature"] as string | undefined);
      received.push({ path, event: JSON.parse(body), headers: request.headers, verified });
      let status = verified ? 204 : 401;
      if (path === "/flaky" && flakyFailures-- > 0) status = 500;
      if (path === "/down") status = 503;
      if (path === "/reject") status = 400;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not in time`);
    await sleep(50);
  }
}

const secrets = new Map<string, string>([["/environment", environmentSecret], ["/flaky", flakySecret]]);
let receivers: Awaited<ReturnType<typeof startReceivers>>;
let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let admin: Record<string, string>;

beforeAll(async () => {
  receivers = await startReceivers(secrets);
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir, {
    SWITCHBOARD_WEBHOOK_URLS: `${receivers.url}/environment`,
    SWITCHBOARD_WEBHOOK_SECRET: environmentSecret,
    SWITCHBOARD_JOB_RETRY_DELAYS: "1",
    SWITCHBOARD_JOB_MAX_ATTEMPTS: "3",
  });
  admin = { authorization: `Bearer ${switchboard.adminToken}` };
});

afterAll(async () => {
  await switchboard?.close();
  await receivers?.close();
  await dataDir?.remove();
});

const get = async (path: string) => {
  const response = await fetch(`${switchboard.url}${path}`, { headers: admin });
  return { status: response.status, body: (await response.json()) as any };
};
const register = async (body: unknown) => {
  const response = await postJson(switchboard.url!, "/v1/admin/webhooks", body, admin);
  return { status: response.status, body: (await response.json()) as any };
};
const deliveriesOf = async (eventId: string, endpointId: string) =>
  ((await get("/v1/admin/webhooks/deliveries?limit=500")).body.deliveries as any[])
    .filter((delivery) => delivery.eventId === eventId && delivery.endpointId === endpointId)
    .sort((a, b) => a.attempt - b.attempt);

describe("webhooks through the queue", () => {
  it("registers endpoints (secret shown once), lists them without secrets, and refuses bad ones", async () => {
    const generated = await register({ url: `${receivers.url}/ok`, events: ["conversation.escalated", "conversation.escalated"] });
    expect(generated.status).toBe(201);
    expect(generated.body).toMatchObject({ url: `${receivers.url}/ok`, events: ["conversation.escalated"], source: "admin", secret: expect.stringMatching(/^whsec_[\w-]{43}$/) });
    secrets.set("/ok", generated.body.secret);

    const listed = await get("/v1/admin/webhooks");
    expect(listed.status).toBe(200);
    expect(listed.body.webhooks).toEqual(
      expect.arrayContaining([
        { id: expect.any(String), url: `${receivers.url}/environment`, events: ["conversation.escalated", "conversation.resolved"], source: "environment", createdAt: expect.any(String) },
        { id: generated.body.id, url: `${receivers.url}/ok`, events: ["conversation.escalated"], source: "admin", createdAt: expect.any(String) },
      ]),
    );
    expect(JSON.stringify(listed.body)).not.toContain(generated.body.secret);

    expect((await register({ url: `${receivers.url}/x`, events: ["conversation.exploded"] })).status).toBe(422);
    expect((await register({ url: "ftp://example.com/hook", events: ["conversation.escalated"] })).status).toBe(422);
    expect((await register({ url: `${receivers.url}/x`, events: ["conversation.escalated"], secret: "short" })).status).toBe(422);
    expect((await postJson(switchboard.url!, "/v1/admin/webhooks", { url: `${receivers.url}/x`, events: ["conversation.escalated"] })).status).toBe(401);
  });

  it("queues one signed delivery per endpoint; retries with backoff; one success recorded; dead and failed are visible", async () => {
    const endpoints = {
      flaky: (await register({ url: `${receivers.url}/flaky`, events: ["conversation.escalated"], secret: flakySecret })).body,
      down: (await register({ url: `${receivers.url}/down`, events: ["conversation.escalated"] })).body,
      reject: (await register({ url: `${receivers.url}/reject`, events: ["conversation.escalated"] })).body,
      other: (await register({ url: `${receivers.url}/resolved-only`, events: ["conversation.resolved"] })).body,
    };
    for (const name of ["down", "reject", "other"] as const) secrets.set(new URL(endpoints[name].url).pathname, endpoints[name].secret);

    const conversation = await startConversation(switchboard.url!, { email: "ines@example.com" });
    const { body } = await sendMessage(switchboard.url!, conversation, "I want to talk to a human, please");
    expect(body.conversation.status).toBe("escalated");
    const escalation = await waitFor(
      () => receivers.received.find((entry) => entry.path === "/flaky" && entry.event.type === "conversation.escalated" && entry.event.data.conversationId === conversation.id && entry.headers["x-switchboard-event"]),
      "first delivery",
    );
    const eventId = escalation.event.id;

    const flaky = await waitFor(async () => {
      const attempts = await deliveriesOf(eventId, endpoints.flaky.id);
      return attempts.some((attempt) => attempt.statusCode === 204) ? attempts : undefined;
    }, "flaky receiver's success");
    expect(flaky.map((attempt) => [attempt.attempt, attempt.statusCode, attempt.error])).toEqual([
      [1, 500, "HTTP 500"],
      [2, 500, "HTTP 500"],
      [3, 204, null],
    ]);
    expect(flaky.every((attempt) => attempt.durationMs >= 0 && attempt.jobId === flaky[0].jobId)).toBe(true);
    expect(Date.parse(flaky[1].createdAt) - Date.parse(flaky[0].createdAt)).toBeGreaterThanOrEqual(900);
    expect(await waitForJob(switchboard.url!, switchboard.adminToken, flaky[0].jobId)).toMatchObject({ status: "succeeded", attempts: 3 });

    // Every request to every receiver verified with that receiver's own secret.
    const forEvent = receivers.received.filter((entry) => entry.event.id === eventId);
    expect(forEvent.every((entry) => entry.verified)).toBe(true);
    expect(forEvent.filter((entry) => entry.path === "/ok")).toHaveLength(1);
    expect(forEvent.filter((entry) => entry.path === "/environment")).toHaveLength(1);
    expect(forEvent.filter((entry) => entry.path === "/resolved-only")).toHaveLength(0);
    expect(forEvent.find((entry) => entry.path === "/ok")!.headers["x-switchboard-delivery"]).toBe(eventId);

    const [rejected] = await waitFor(async () => {
      const attempts = await deliveriesOf(eventId, endpoints.reject.id);
      return attempts.length > 0 ? attempts : undefined;
    }, "rejected delivery");
    expect(await waitForJob(switchboard.url!, switchboard.adminToken, rejected.jobId)).toMatchObject({ status: "failed", attempts: 1 });

    const down = await waitFor(async () => {
      const attempts = await deliveriesOf(eventId, endpoints.down.id);
      return attempts.length === 3 ? attempts : undefined;
    }, "dead delivery");
    expect(await waitForJob(switchboard.url!, switchboard.adminToken, down[0].jobId)).toMatchObject({ status: "dead", attempts: 3, error: expect.stringContaining("HTTP 503") });
    const dead = await get("/v1/admin/jobs?status=dead&type=webhook.deliver");
    expect(dead.body.jobs.map((job: { id: string }) => job.id)).toContain(down[0].jobId);
    expect(await (await fetch(`${switchboard.url}/metrics`)).text()).toMatch(/switchboard_jobs_dead_total\{type="webhook.deliver"\} 1/);
  });

  it("removes admin endpoints, and leaves the environment's to the environment", async () => {
    const endpoint = (await register({ url: `${receivers.url}/ok`, events: ["conversation.resolved"] })).body;
    const remove = (id: string) => fetch(`${switchboard.url}/v1/admin/webhooks/${id}`, { method: "DELETE", headers: admin });
    expect((await remove(endpoint.id)).status).toBe(204);
    expect((await remove(endpoint.id)).status).toBe(404);
    expect((await remove("not-a-uuid")).status).toBe(404);
    const configured = (await get("/v1/admin/webhooks")).body.webhooks.find((webhook: { source: string }) => webhook.source === "environment");
    const refused = await remove(configured.id);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("configured_by_environment");
    expect((await get("/v1/admin/webhooks")).body.webhooks.map((webhook: { id: string }) => webhook.id)).not.toContain(endpoint.id);
  });
});
