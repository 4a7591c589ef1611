import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startSwitchboard, type Switchboard } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/observability/logger.ts";
import { createPostgresTestDatabase } from "./helpers/postgres-test-database.ts";
import { openEventStream, type ReceivedEvent } from "./helpers/sse-client.ts";
import { fixturesDir, postJson, startConversation, startTestSwitchboard, temporaryDataDir } from "./helpers/test-switchboard.ts";

const logger = createLogger(process.env.SWITCHBOARD_TEST_LOG_LEVEL ?? "silent");

/** Long enough that parsing, chunking and indexing it take a while, so progress shows. */
const longDocument = () =>
  ["# Returns handbook", ...Array.from({ length: 8000 }, (_, index) => `## Rule ${index}\n\nParcels of kind ${index} may be returned within ${index % 60} days to depot ${index % 17}.`)].join("\n\n");

/** Reads a stream's job events until it ends. */
async function drain(stream: { next(): Promise<ReceivedEvent | undefined> }): Promise<ReceivedEvent[]> {
  const events: ReceivedEvent[] = [];
  for (let event = await stream.next(); event; event = await stream.next()) events.push(event);
  return events;
}

/** Opens the admin job socket; frames are collected from the first one on. */
function openJobSocket(baseUrl: string, headers: Record<string, string>): Promise<{ socket: WebSocket; next(): Promise<any> } | { status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace("http", "ws")}/v1/jobs/updates`, { headers });
    const frames: any[] = [];
    const waiting: Array<(frame: any) => void> = [];
    socket.on("message", (raw) => {
      const frame = JSON.parse(raw.toString());
      const waiter = waiting.shift();
      if (waiter) waiter(frame);
      else frames.push(frame);
    });
    socket.once("open", () => resolve({ socket, next: () => (frames.length ? Promise.resolve(frames.shift()) : new Promise((done) => waiting.push(done))) }));
    socket.once("unexpected-response", (_request, response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once("error", reject);
  });
}

describe("live job updates, the worker in another Switchboard on PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  let api: Switchboard;
  let worker: Switchboard | undefined;
  let environment: Record<string, string>;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    data = await temporaryDataDir();
    environment = {
      DATABASE_URL: database.url,
      SWITCHBOARD_DATA_DIR: data.dir,
      SWITCHBOARD_SAMPLE_KB: "false",
      SWITCHBOARD_VECTOR_SEARCH: "off",
      SWITCHBOARD_ADMIN_TOKEN: "admin-token-for-job-update-tests",
      SWITCHBOARD_TOKEN_SECRET: "token-secret-for-job-update-tests-0123456789",
      SWITCHBOARD_ORDERS_FILE: path.join(fixturesDir, "orders.json"),
    };
    api = await startSwitchboard(loadConfig({ ...environment, SWITCHBOARD_PORT: "0" }), { workers: false, logger });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
    await data?.remove();
  });

  it("pushes queued → running with progress → succeeded over SSE and WebSocket", async () => {
    const admin = { authorization: `Bearer ${api.adminToken}` };
    const response = await postJson(api.url!, "/v1/kb/documents", { content: longDocument(), contentType: "text/markdown" }, admin);
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };

    const stream = await openEventStream(`${api.url}/v1/jobs/${jobId}/events`, admin);
    expect(stream.status).toBe(200);
    const opened = await openJobSocket(api.url!, admin);
    if (!("socket" in opened)) throw new Error(`socket refused: ${opened.status} ${opened.body}`);
    expect(await opened.next()).toEqual({ type: "ready" });
    opened.socket.send(JSON.stringify({ type: "subscribe", jobId }));
    expect((await opened.next()).job).toMatchObject({ id: jobId, status: "queued" });

    // No worker yet: the job waits. Then a worker starts elsewhere and takes it.
    worker = await startSwitchboard(loadConfig(environment), { http: false, workers: true, logger });

    const events = await drain(stream);
    const statuses = events.map((event) => event.data.job.status);
    expect(statuses[0]).toBe("queued");
    expect(statuses.at(-1)).toBe("succeeded");
    expect(statuses).toContain("running");
    expect(events.some((event) => event.data.job.status === "running" && event.data.job.progress?.step)).toBe(true);
    expect(events.every((event) => event.event === "job")).toBe(true);

    const frames = [];
    for (let frame = await opened.next(); ; frame = await opened.next()) {
      frames.push(frame);
      if (frame.job?.status === "succeeded") break;
    }
    expect(frames.map((frame) => frame.job.status)).toContain("running");
    opened.socket.close();

    // How long after the worker finished the subscriber heard of it.
    const { rows } = await database.db.query<{ finished_at: Date }>("SELECT finished_at FROM jobs WHERE id = $1", [jobId]);
    const lagMs = events.at(-1)!.receivedAt - rows[0].finished_at.getTime();
    expect(lagMs).toBeLessThan(2000);
    console.info(`job update lag after the job finished in another Switchboard: ${lagMs} ms`);
  });

  it("hears of finished jobs within a polling interval (measured over 20 jobs)", async () => {
    const admin = { authorization: `Bearer ${api.adminToken}` };
    const lags: number[] = [];
    for (let index = 0; index < 20; index++) {
      const response = await postJson(api.url!, "/v1/kb/documents", { content: `# Note ${index}\n\nParcel ${index} leaves on day ${index}.`, contentType: "text/markdown" }, admin);
      const { jobId } = (await response.json()) as { jobId: string };
      const events = await drain(await openEventStream(`${api.url}/v1/jobs/${jobId}/events`, admin));
      expect(events.at(-1)!.data.job.status).toBe("succeeded");
      const { rows } = await database.db.query<{ finished_at: Date }>("SELECT finished_at FROM jobs WHERE id = $1", [jobId]);
      lags.push(events.at(-1)!.receivedAt - rows[0].finished_at.getTime());
    }
    lags.sort((a, b) => a - b);
    console.info(`job update lag over 20 jobs: p50 ${lags[10]} ms, max ${lags[19]} ms`);
    // Polling every 250 ms: a change is seen within one interval plus a query.
    expect(lags[19]).toBeLessThan(1000);
  });

  it("lets only admins open the job socket; a plain GET is told to upgrade", async () => {
    expect(await openJobSocket(api.url!, {})).toMatchObject({ status: 401 });
    const conversation = await startConversation(api.url!);
    const customer = await openJobSocket(api.url!, { authorization: `Bearer ${conversation.token}` });
    expect(customer).toMatchObject({ status: 403 });
    expect(JSON.parse((customer as { body: string }).body).error.code).toBe("forbidden");
    const plain = await fetch(`${api.url}/v1/jobs/updates`, { headers: { authorization: `Bearer ${api.adminToken}` } });
    expect(plain.status).toBe(426);
    expect(((await plain.json()) as { error: { code: string } }).error.code).toBe("upgrade_required");
  });

  it("answers frames it does not understand with an error, and unknown jobs as unknown", async () => {
    const opened = await openJobSocket(api.url!, { authorization: `Bearer ${api.adminToken}` });
    if (!("socket" in opened)) throw new Error("socket refused");
    await opened.next();
    opened.socket.send("not json");
    expect((await opened.next()).error.code).toBe("invalid_json");
    opened.socket.send(JSON.stringify({ type: "subscribe", jobId: "nope" }));
    expect((await opened.next()).error.code).toBe("validation_failed");
    const unknown = "00000000-0000-4000-8000-000000000000";
    opened.socket.send(JSON.stringify({ type: "subscribe", jobId: unknown }));
    expect(await opened.next()).toEqual({ type: "job.unknown", jobId: unknown });
    opened.socket.close();
  });
});

describe("live job updates on the embedded database", () => {
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  let switchboard: Switchboard;

  beforeAll(async () => {
    data = await temporaryDataDir();
    switchboard = await startTestSwitchboard(data.dir);
  });
  afterAll(async () => {
    await switchboard?.close();
    await data?.remove();
  });

  it("ends the stream with failed for a document that cannot be parsed, and 404s an unknown job", async () => {
    const admin = { authorization: `Bearer ${switchboard.adminToken}` };
    const corrupt = await readFile(path.join(fixturesDir, "documents", "corrupt.pdf"));
    const response = await postJson(switchboard.url!, "/v1/kb/documents", { contentBase64: corrupt.toString("base64"), contentType: "application/pdf", filename: "corrupt.pdf" }, admin);
    const { jobId } = (await response.json()) as { jobId: string };
    const events = await drain(await openEventStream(`${switchboard.url}/v1/jobs/${jobId}/events`, admin));
    expect(events.at(-1)!.data.job).toMatchObject({ id: jobId, status: "failed" });
    expect(events.at(-1)!.data.job.error).toBeTruthy();

    expect((await openEventStream(`${switchboard.url}/v1/jobs/00000000-0000-4000-8000-000000000000/events`, admin)).status).toBe(404);
    expect((await openEventStream(`${switchboard.url}/v1/jobs/${jobId}/events`, {})).status).toBe(401);
  });
});
