import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { defaultRetryPolicy } from "../src/jobs/retry-policy.ts";
import { folderSyncSource } from "../src/knowledge/sync/folder-sync-source.ts";
import { createSyncJob } from "../src/knowledge/sync/sync-job.ts";
import { startS3TestServer } from "./helpers/s3-test-server.ts";
import { postJson, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

interface SyncResult {
  scope: string;
  listed: number;
  submitted: Array<{ source: string; documentId: string; jobId: string }>;
  unchanged: number;
  deleted: Array<{ source: string; documentId: string }>;
  skipped: Array<{ source: string; error: string }>;
}

const article = (title: string, body: string) => `# ${title}\n\n${body}\n`;
const projectRoot = path.resolve(import.meta.dirname, "..");

describe("kb.sync", () => {
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  let s3: Awaited<ReturnType<typeof startS3TestServer>>;
  let switchboard: Switchboard;
  let admin: Record<string, string>;
  let folder: string;

  beforeAll(async () => {
    data = await temporaryDataDir();
    s3 = await startS3TestServer("help-center");
    switchboard = await startTestSwitchboard(data.dir, {
      // Full-text retrieval only: the sync is about which documents are ingested, not how they are embedded.
      SWITCHBOARD_VECTOR_SEARCH: "off",
      SWITCHBOARD_S3_ENDPOINT: s3.endpoint,
      SWITCHBOARD_AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      SWITCHBOARD_AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    });
    admin = { authorization: `Bearer ${switchboard.adminToken}` };
    folder = path.join(data.dir, "articles");
    await mkdir(path.join(folder, "billing"), { recursive: true });
  });
  afterAll(async () => {
    await switchboard?.close();
    await s3?.close();
    await data?.remove();
  });

  /** Requests a sync, waits for it and for the ingestion jobs it queued. */
  const sync = async (source: Record<string, string>): Promise<SyncResult> => {
    const response = await postJson(switchboard.url!, "/v1/admin/kb/sync", { source }, admin);
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const job = await waitForJob(switchboard.url!, switchboard.adminToken, jobId);
    expect(job.status, job.error ?? "").toBe("succeeded");
    const result = job.result as SyncResult;
    for (const submitted of result.submitted) expect((await waitForJob(switchboard.url!, switchboard.adminToken, submitted.jobId)).status).toBe("succeeded");
    return result;
  };
  const documentSources = async (prefix: string) => {
    const response = await fetch(`${switchboard.url}/v1/kb/documents?limit=500`, { headers: admin });
    const { documents } = (await response.json()) as { documents: Array<{ source: string; status: string; title: string }> };
    return documents.filter((document) => document.source.startsWith(prefix)).map((document) => document.source).sort();
  };

  it("ingests a folder, then only what changed, and deletes what disappeared — within its own scope", async () => {
    await writeFile(path.join(folder, "returns.md"), article("Returns", "Items can be returned within 30 days of delivery."));
    await writeFile(path.join(folder, "shipping.md"), article("Shipping", "Standard shipping takes three to five working days."));
    await writeFile(path.join(folder, "billing", "invoices.md"), article("Invoices", "Invoices are e-mailed when the order ships."));
    await writeFile(path.join(folder, "notes.bin"), new Uint8Array([0, 1, 2, 3]));
    // An uploaded document is outside every folder's scope and must survive the syncs.
    const upload = await postJson(switchboard.url!, "/v1/kb/documents", { content: article("Gift cards", "Gift cards never expire."), contentType: "text/markdown" }, admin);
    await waitForJob(switchboard.url!, switchboard.adminToken, ((await upload.json()) as { jobId: string }).jobId);

    const first = await sync({ kind: "folder", path: folder });
    expect(first).toMatchObject({ listed: 3, unchanged: 0, deleted: [], skipped: [] });
    expect(first.submitted).toHaveLength(3);
    expect(await documentSources(`file:${folder}`)).toEqual(
      ["billing/invoices.md", "returns.md", "shipping.md"].map((file) => `file:${path.join(folder, file)}`),
    );

    await writeFile(path.join(folder, "returns.md"), article("Returns", "Items can be returned within 60 days of delivery."));
    await rm(path.join(folder, "billing", "invoices.md"));
    await writeFile(path.join(folder, "warranty.md"), article("Warranty", "Every product has a two-year warranty."));
    const second = await sync({ kind: "folder", path: folder });
    expect(second.submitted.map((item) => path.basename(item.source)).sort()).toEqual(["returns.md", "warranty.md"]);
    expect(second.unchanged).toBe(1);
    expect(second.deleted.map((item) => path.basename(item.source))).toEqual(["invoices.md"]);
    expect(await documentSources(`file:${folder}`)).toEqual(["returns.md", "shipping.md", "warranty.md"].map((file) => `file:${path.join(folder, file)}`));
    expect(await documentSources("upload")).toEqual(["upload"]);

    const search = await fetch(`${switchboard.url}/v1/kb/search?q=${encodeURIComponent("how many days to return items")}`, { headers: admin });
    const { results } = (await search.json()) as { results: Array<{ text: string }> };
    expect(results[0].text).toContain("60 days");
  });

  it("is idempotent when the same sync is delivered twice", async () => {
    const handler = createSyncJob({ db: switchboard.db, knowledgeBase: switchboard.knowledgeBase, openSource: (spec) => folderSyncSource(spec.kind === "folder" ? spec.path : ""), retry: defaultRetryPolicy });
    const deliver = () => handler.run({ jobId: "00000000-0000-4000-8000-000000000001", attempt: 1, payload: { source: { kind: "folder", path: folder } }, progress: async () => {} });
    const [once, twice] = [(await deliver()) as SyncResult, (await deliver()) as SyncResult];
    for (const result of [once, twice]) expect(result).toMatchObject({ listed: 3, submitted: [], unchanged: 3, deleted: [] });
  });

  it("runs from the CLI against the running server, following the jobs live", async () => {
    await writeFile(path.join(folder, "shipping.md"), article("Shipping", "Express shipping takes one working day."));
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/main.ts"), "ingest", "--sync", folder, "--json"], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", SWITCHBOARD_DATA_DIR: data.dir, SWITCHBOARD_LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, "exit")) as [number];
    expect(code, output).toBe(0);
    const report = JSON.parse(output.slice(output.indexOf("{"))) as SyncResult & { ingested: Array<{ source: string; status: string }> };
    expect(report).toMatchObject({ listed: 3, unchanged: 2, deleted: [] });
    expect(report.ingested).toEqual([{ source: `file:${path.join(folder, "shipping.md")}`, status: "succeeded", error: null }]);
  });

  it("fails at once, without retries, for a folder that does not exist", async () => {
    const response = await postJson(switchboard.url!, "/v1/admin/kb/sync", { source: { kind: "folder", path: path.join(folder, "missing") } }, admin);
    const job = await waitForJob(switchboard.url!, switchboard.adminToken, ((await response.json()) as { jobId: string }).jobId);
    expect(job.status).toBe("failed");
    expect(job.error).toContain("Sync source not found");
    expect(await documentSources(`file:${folder}`)).toHaveLength(3);
  });

  it("syncs an S3 prefix through the configured endpoint", async () => {
    await s3.put("kb/returns.md", article("Returns by post", "Print the label and drop the parcel at any post office."));
    await s3.put("kb/faq/sizes.md", article("Sizes", "Our sizes follow the EU standard."));
    await s3.put("kb/logo.bin", new Uint8Array([0, 159, 146, 150]));
    await s3.put("drafts/unpublished.md", article("Draft", "Not ready yet."));

    const first = await sync({ kind: "s3", bucket: "help-center", prefix: "kb/" });
    expect(first.scope).toBe("s3://help-center/kb/");
    expect(first.submitted.map((item) => item.source).sort()).toEqual(["s3://help-center/kb/faq/sizes.md", "s3://help-center/kb/returns.md"]);
    expect(first.skipped.map((item) => item.source)).toEqual(["s3://help-center/kb/logo.bin"]);

    await s3.remove("kb/faq/sizes.md");
    await s3.put("kb/returns.md", article("Returns by post", "Print the label and drop the parcel at any post office or locker."));
    const second = await sync({ kind: "s3", bucket: "help-center", prefix: "kb/" });
    expect(second.submitted.map((item) => item.source)).toEqual(["s3://help-center/kb/returns.md"]);
    expect(second.deleted.map((item) => item.source)).toEqual(["s3://help-center/kb/faq/sizes.md"]);
    expect(await documentSources("s3://")).toEqual(["s3://help-center/kb/returns.md"]);
    // The folder's documents are another scope.
    expect(await documentSources(`file:${folder}`)).toHaveLength(3);
  });

  it("validates the request", async () => {
    const invalid = await postJson(switchboard.url!, "/v1/admin/kb/sync", { source: { kind: "s3", bucket: "No_Such Bucket" } }, admin);
    expect(invalid.status).toBe(422);
    const anonymous = await postJson(switchboard.url!, "/v1/admin/kb/sync", { source: { kind: "folder", path: folder } });
    expect(anonymous.status).toBe(401);
  });
});
