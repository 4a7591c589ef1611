import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { fixturesDir, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

let switchboard: Switchboard;
let dataDir: { dir: string; remove: () => Promise<void> };
let admin: Record<string, string>;

async function upload(file: string, contentType = "application/octet-stream") {
  const form = new FormData();
  form.append("file", new Blob([await readFile(path.join(fixturesDir, "documents", file))], { type: contentType }), file);
  const response = await fetch(`${switchboard.url}/v1/kb/documents`, { method: "POST", headers: admin, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

async function submitMarkdown(content: string) {
  const response = await fetch(`${switchboard.url}/v1/kb/documents`, {
    method: "POST",
    headers: { ...admin, "content-type": "application/json" },
    body: JSON.stringify({ content, contentType: "text/markdown" }),
  });
  expect(response.status).toBe(202);
  const body = (await response.json()) as { documentId: string; jobId: string; unchanged: boolean };
  return { ...body, job: await waitForJob(switchboard.url!, switchboard.adminToken, body.jobId) };
}

async function search(query: string) {
  const response = await fetch(`${switchboard.url}/v1/kb/search?q=${encodeURIComponent(query)}&limit=10`, { headers: admin });
  return ((await response.json()) as { results: Array<{ externalId: string; text: string }> }).results;
}

const document = (version: string) => `---
id: loyalty
title: Loyalty points
lang: en
category: loyalty
region: global
---
# Loyalty points

${version}
`;

beforeAll(async () => {
  dataDir = await temporaryDataDir();
  switchboard = await startTestSwitchboard(dataDir.dir, { SWITCHBOARD_MAX_UPLOAD_BYTES: "200000" });
  admin = { authorization: `Bearer ${switchboard.adminToken}` };
});

afterAll(async () => {
  await switchboard?.close();
  await dataDir?.remove();
});

describe("ingestion of each supported format", () => {
  it.each([
    ["returns.md", "text/markdown"],
    ["shipping.html", "text/html"],
    ["warranty.pdf", "application/pdf"],
    ["gift-cards.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ])("ingests %s through a multipart upload", async (file, contentType) => {
    const { status, body } = await upload(file, contentType);
    expect(status).toBe(202);
    expect(body).toMatchObject({ documentId: expect.any(String), jobId: expect.any(String) });
    const job = await waitForJob(switchboard.url!, switchboard.adminToken, body.jobId);
    expect(job).toMatchObject({ status: "succeeded" });
    const stored = await (await fetch(`${switchboard.url}/v1/kb/documents/${body.documentId}`, { headers: admin })).json();
    expect(stored).toMatchObject({ status: "ready" });
    expect((stored as { chunkCount: number }).chunkCount).toBeGreaterThan(0);
  });
});

describe("bad files fail alone, with a recorded error", () => {
  it("records a corrupt PDF and an empty text file as failed documents", async () => {
    for (const file of ["corrupt.pdf", "empty.txt"]) {
      const { status, body } = await upload(file);
      expect(status).toBe(202);
      const job = await waitForJob(switchboard.url!, switchboard.adminToken, body.jobId);
      expect(job.status).toBe("failed");
      expect(job.error).toBeTruthy();
      const stored = (await (await fetch(`${switchboard.url}/v1/kb/documents/${body.documentId}`, { headers: admin })).json()) as any;
      expect(stored.status).toBe("failed");
      expect(stored.error).toMatch(file.endsWith(".pdf") ? /corrupt/ : /empty/);
    }
    // The good documents are still there.
    expect((await search("warranty")).length).toBeGreaterThan(0);
  });

  it("refuses an unknown file type with 415", async () => {
    const { status, body } = await upload("unknown.bin");
    expect(status).toBe(415);
    expect(body.error.code).toBe("unsupported_media_type");
  });

  it("refuses an oversized file with 413", async () => {
    const form = new FormData();
    form.append("file", new Blob(["a".repeat(300_000)], { type: "text/plain" }), "big.txt");
    const response = await fetch(`${switchboard.url}/v1/kb/documents`, { method: "POST", headers: admin, body: form });
    expect(response.status).toBe(413);
  });
});

describe("re-ingestion and deletion", () => {
  it("treats unchanged content as a no-op and replaces changed content", async () => {
    const first = await submitMarkdown(document("Members earn 5 points per euro spent on outerwear."));
    expect(first.job.status).toBe("succeeded");
    const again = await submitMarkdown(document("Members earn 5 points per euro spent on outerwear."));
    expect(again).toMatchObject({ documentId: first.documentId, unchanged: true });
    expect(again.job).toMatchObject({ status: "succeeded", result: { unchanged: true } });

    const changed = await submitMarkdown(document("Members earn 8 points per euro on footwear purchases."));
    expect(changed.documentId).toBe(first.documentId);
    expect(changed.unchanged).toBe(false);
    const chunks = await switchboard.db.query<{ text: string }>("SELECT text FROM chunks WHERE document_id = $1", [first.documentId]);
    expect(chunks.rows.some((row) => row.text.includes("8 points"))).toBe(true);
    expect(chunks.rows.some((row) => row.text.includes("5 points"))).toBe(false);
  });

  it("deletes a document with its chunks", async () => {
    const { documentId } = await submitMarkdown(document("Temporary text about kayak rentals."));
    const response = await fetch(`${switchboard.url}/v1/kb/documents/${documentId}`, { method: "DELETE", headers: admin });
    expect(response.status).toBe(200);
    expect((await fetch(`${switchboard.url}/v1/kb/documents/${documentId}`, { headers: admin })).status).toBe(404);
    const chunks = await switchboard.db.query("SELECT 1 FROM chunks WHERE document_id = $1", [documentId]);
    expect(chunks.rowCount).toBe(0);
    expect((await search("kayak rentals")).some((result) => result.externalId === "loyalty")).toBe(false);
    expect((await fetch(`${switchboard.url}/v1/kb/documents/${documentId}`, { method: "DELETE", headers: admin })).status).toBe(404);
  });
});

describe("restart", () => {
  it("finds documents and conversations again after a restart", async () => {
    const created = await fetch(`${switchboard.url}/v1/conversations`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const conversation = (await created.json()) as { id: string; token: string };
    await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${conversation.token}`, "content-type": "application/json" },
      body: JSON.stringify({ text: "Can I use a gift card online?" }),
    });
    await switchboard.close();
    switchboard = await startTestSwitchboard(dataDir.dir, { SWITCHBOARD_MAX_UPLOAD_BYTES: "200000" });
    admin = { authorization: `Bearer ${switchboard.adminToken}` };
    expect((await search("gift cards")).some((result) => result.externalId === "gift-cards")).toBe(true);
    const history = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}`, { headers: { authorization: `Bearer ${conversation.token}` } });
    expect(history.status).toBe(200);
    expect(((await history.json()) as { messages: unknown[] }).messages).toHaveLength(2);
  });
});
