import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../src/app.ts";
import { insertAttachment } from "../src/conversation/attachments/attachment-store.ts";
import { createExtractAttachmentJob } from "../src/conversation/attachments/extract-attachment-job.ts";
import { createTesseractTextRecognizer } from "../src/conversation/attachments/tesseract-text-recognizer.ts";
import { generateAnswer } from "../src/conversation/steps/generate-answer.ts";
import { loadAttachment } from "../src/conversation/steps/load-attachment.ts";
import type { TurnContext } from "../src/conversation/turn-context.ts";
import { text } from "../src/i18n/texts.ts";
import { defaultRetryPolicy } from "../src/jobs/retry-policy.ts";
import type { ModelGateway, TaskRequest } from "../src/models/gateway/model-gateway.ts";
import { createFilesystemBlobStore } from "../src/storage/blobs/filesystem-blob-store.ts";
import { renderTextPng } from "./helpers/render-text-png.ts";
import { openEventStream, type ReceivedEvent } from "./helpers/sse-client.ts";
import { fixturesDir, startConversation, startTestSwitchboard, temporaryDataDir, waitForJob } from "./helpers/test-switchboard.ts";

const attachmentFixture = (name: string) => readFile(path.join(fixturesDir, "attachments", name));

interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  status: string;
  textSource: string | null;
  fields: Record<string, any> | null;
  error: string | null;
  jobId: string;
}

describe("attachments", () => {
  let data: Awaited<ReturnType<typeof temporaryDataDir>>;
  let switchboard: Switchboard;
  const maxBytes = 300_000;

  beforeAll(async () => {
    data = await temporaryDataDir();
    switchboard = await startTestSwitchboard(data.dir, { SWITCHBOARD_MAX_ATTACHMENT_BYTES: String(maxBytes), SWITCHBOARD_VECTOR_SEARCH: "off" });
  });
  afterAll(async () => {
    await switchboard?.close();
    await data?.remove();
  });

  const attach = (conversation: { id: string; token: string }, bytes: Uint8Array, filename: string, type = "application/octet-stream") => {
    const form = new FormData();
    form.append("file", new Blob([bytes], { type }), filename);
    return fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`, { method: "POST", headers: { authorization: `Bearer ${conversation.token}` }, body: form });
  };
  /** Uploads and waits for the extraction job; answers the attachment as the customer then lists it. */
  const attachAndWait = async (conversation: { id: string; token: string }, bytes: Uint8Array, filename: string) => {
    const response = await attach(conversation, bytes, filename);
    expect(response.status).toBe(202);
    const { attachmentId, jobId } = (await response.json()) as { attachmentId: string; jobId: string };
    const job = await waitForJob(switchboard.url!, switchboard.adminToken, jobId);
    const listed = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`, { headers: { authorization: `Bearer ${conversation.token}` } });
    const { attachments } = (await listed.json()) as { attachments: AttachmentView[] };
    return { job, jobId, attachment: attachments.find((attachment) => attachment.id === attachmentId)! };
  };
  /** Reads the conversation's live events until an attachment reaches a final status. */
  const untilAttachmentSettles = async (stream: { next(): Promise<ReceivedEvent | undefined> }) => {
    const events: ReceivedEvent[] = [];
    for (;;) {
      const event = await stream.next();
      if (!event) throw new Error("stream ended");
      events.push(event);
      if (event.event === "attachment.status" && ["extracted", "failed"].includes(event.data.attachment.status)) return events;
    }
  };

  it("reads a PDF receipt's fields, pushes its progress live, lists it, and hands the fields to the next turn", async () => {
    const conversation = await startConversation(switchboard.url!, {}, "en");
    const stream = await openEventStream(`${switchboard.url}/v1/conversations/${conversation.id}/events`, { authorization: `Bearer ${conversation.token}` });
    expect((await stream.next())?.event).toBe("ready");

    const response = await attach(conversation, await attachmentFixture("receipt.pdf"), "receipt.pdf", "application/pdf");
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as { attachmentId: string; jobId: string; attachment: AttachmentView };
    expect(accepted.attachment).toMatchObject({ id: accepted.attachmentId, status: "pending", contentType: "application/pdf", filename: "receipt.pdf" });

    const pushed = await untilAttachmentSettles(stream);
    stream.close();
    const settled = pushed.at(-1)!.data.attachment as AttachmentView;
    expect(settled).toMatchObject({ id: accepted.attachmentId, status: "extracted", textSource: "pdf" });
    expect(settled.fields).toMatchObject({ orderId: "TS-5001", purchaseDate: "2026-11-02", total: 114.75, currency: "EUR" });
    expect(settled.fields!.items.map((item: { description: string }) => item.description)).toEqual(expect.arrayContaining([expect.stringContaining("Trail jacket")]));
    expect((await waitForJob(switchboard.url!, switchboard.adminToken, accepted.jobId)).status).toBe("succeeded");

    const listed = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`, { headers: { authorization: `Bearer ${conversation.token}` } });
    const { attachments } = (await listed.json()) as { attachments: AttachmentView[] };
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ id: accepted.attachmentId, status: "extracted", fields: settled.fields });

    // The next turn: the answer's prompt carries the fields in an <attachment> block.
    const requests: TaskRequest[] = [];
    const recording: ModelGateway = {
      ...switchboard.gateway,
      stream: (task, request, call) => {
        requests.push(request);
        return switchboard.gateway.stream(task, request, call);
      },
    };
    const context: TurnContext = {
      conversation: (await switchboard.conversations.get(conversation.id))!,
      userText: "Where is the order from my receipt?",
      userMessageId: randomUUID(),
      receivedAt: performance.now(),
      emit: () => {},
      assistantMessageId: randomUUID(),
      history: [],
      language: "en",
      sources: [],
      citations: [],
      toolsUsed: [],
      verifiedOrders: [],
    };
    await loadAttachment(switchboard.db)(context);
    await generateAnswer(recording, { specs: [], run: async () => ({}) }, switchboard.guardrails.output, { maxTokens: 300, historyTokenBudget: 2000 })(context);
    const latest = requests[0].messages.at(-1)!.content.map((block) => ("text" in block ? block.text : "")).join("\n");
    expect(latest).toContain('<attachment filename="receipt.pdf">');
    expect(latest).toContain('"orderId":"TS-5001"');
    expect(context.answer?.text).toBeTruthy();
  });

  it("reads a photographed receipt with OCR, offline", async () => {
    const conversation = await startConversation(switchboard.url!);
    const { job, attachment } = await attachAndWait(conversation, renderTextPng(["RECEIPT", "ORDER 1042", "TOTAL 59.90 EUR"]), "receipt.png");
    expect(job.status, job.error ?? "").toBe("succeeded");
    expect(attachment).toMatchObject({ contentType: "image/png", status: "extracted", textSource: "ocr" });
    const { rows } = await switchboard.db.query<{ extracted_text: string }>("SELECT extracted_text FROM attachments WHERE id = $1", [attachment.id]);
    expect(rows[0].extracted_text).toContain("ORDER 1042");
    expect(attachment.fields).toMatchObject({ orderId: "1042", currency: "EUR" });
  });

  it("fails cleanly when the model's JSON stays invalid after two repairs, and tells the customer in their language", async ({ onTestFinished }) => {
    switchboard.localBedrock!.setFaults({ rules: [{ kind: "invalid-json" }] });
    onTestFinished(() => switchboard.localBedrock!.clearFaults());
    const conversation = await startConversation(switchboard.url!, {}, "de");
    const stream = await openEventStream(`${switchboard.url}/v1/conversations/${conversation.id}/events`, { authorization: `Bearer ${conversation.token}` });
    await stream.next();

    const { job, jobId, attachment } = await attachAndWait(conversation, await attachmentFixture("receipt.txt"), "beleg.txt");
    expect(job.status).toBe("failed");
    expect(attachment).toMatchObject({ status: "failed", textSource: "text", fields: null });
    expect(attachment.error).toContain("could not be extracted");
    // One answer and the gateway's two repairs, then no retries of the job.
    await switchboard.gateway.flushMetering();
    const calls = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM model_calls WHERE job_id = $1 AND task = 'extract'", [jobId]);
    expect(calls.rows[0].count).toBe(3);

    const pushed = await untilAttachmentSettles(stream);
    stream.close();
    expect(pushed.at(-1)!.data.attachment).toMatchObject({ id: attachment.id, status: "failed" });
    const history = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}`, { headers: { authorization: `Bearer ${conversation.token}` } });
    const { messages } = (await history.json()) as { messages: Array<{ role: string; text: string; language: string }> };
    expect(messages.filter((message) => message.role === "system")).toEqual([
      expect.objectContaining({ text: text("attachmentFailed", "de", { filename: "beleg.txt" }), language: "de" }),
    ]);
  });

  it("leaves an attachment alone when its job is delivered again", async () => {
    const conversation = await startConversation(switchboard.url!);
    const blobs = createFilesystemBlobStore(path.join(data.dir, "blobs"));
    const id = randomUUID();
    await blobs.put(`attachments/${conversation.id}/${id}`, await attachmentFixture("receipt.txt"));
    // Recorded without a queue message, so only this test delivers its job.
    await insertAttachment(switchboard.db, { id, conversationId: conversation.id, filename: "receipt.txt", contentType: "text/plain", sizeBytes: 120, blobKey: `attachments/${conversation.id}/${id}`, jobId: randomUUID() });
    const recognizer = createTesseractTextRecognizer();
    const handler = createExtractAttachmentJob({ db: switchboard.db, blobs, recognizer, gateway: switchboard.gateway, domainEvents: switchboard.domainEvents, retry: defaultRetryPolicy });
    const deliver = () => handler.run({ jobId: randomUUID(), attempt: 1, payload: { attachmentId: id }, progress: async () => {} });
    const first = (await deliver()) as { fields: Record<string, unknown> };
    expect(first.fields).toMatchObject({ orderId: "TS-5002", total: 49.9, currency: "EUR", purchaseDate: "2026-11-03" });
    expect(await deliver()).toEqual({ attachmentId: id, status: "extracted", redelivered: true });
    await switchboard.gateway.flushMetering();
    const calls = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM model_calls WHERE conversation_id = $1 AND task = 'extract'", [conversation.id]);
    expect(calls.rows[0].count).toBe(1);
    await recognizer.close();
  });

  it("refuses files too large (413) or of other types (415) with JSON errors, and other conversations' tokens", async () => {
    const conversation = await startConversation(switchboard.url!);
    const tooLarge = await attach(conversation, new Uint8Array(maxBytes + 1).fill(65), "big.txt", "text/plain");
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    const zip = await attach(conversation, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), "receipt.pdf", "application/pdf");
    expect(zip.status).toBe(415);
    expect(((await zip.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    const json = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`, {
      method: "POST",
      headers: { authorization: `Bearer ${conversation.token}`, "content-type": "application/json" },
      body: JSON.stringify({ file: "receipt" }),
    });
    expect(json.status).toBe(415);

    const stranger = await startConversation(switchboard.url!);
    const form = new FormData();
    form.append("file", new Blob(["Order 1"], { type: "text/plain" }), "a.txt");
    const forbidden = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`, { method: "POST", headers: { authorization: `Bearer ${stranger.token}` }, body: form });
    expect(forbidden.status).toBe(403);
    expect((await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`)).status).toBe(401);
    const listed = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/attachments`, { headers: { authorization: `Bearer ${conversation.token}` } });
    expect(((await listed.json()) as { attachments: unknown[] }).attachments).toEqual([]);
  });
});
