// `npm run bench`: ingestion throughput, search latency at 10k and 50k chunks, and a chat turn's
// own overhead at 1, 20 and 100 concurrent conversations. Results go to bench/results/foundation.json.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { startSwitchboard, type Switchboard } from "../src/app.ts";
import { embedText } from "../src/bedrock-local/local-embedder.ts";
import { startLocalBedrock } from "../src/bedrock-local/server.ts";
import { readServerSentEvents } from "../src/cli/switchboard-client.ts";
import { loadConfig, type Config } from "../src/config.ts";
import { replaceDocumentChunks } from "../src/knowledge/chunk-store.ts";
import { recordDocumentSubmission } from "../src/knowledge/document-store.ts";
import { createLogger } from "../src/observability/logger.ts";
import { ensureVectorIndex } from "../src/storage/migrate.ts";
import { summarize } from "./percentiles.ts";
import { benchStreamedTurns } from "./streamed-turns.ts";
import { benchGateway } from "./gateway.ts";
import { benchQueue } from "./queue.ts";
import { seededRandom } from "../src/bedrock-local/seeded-random.ts";
import { article, sentence } from "./synthetic-corpus.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    "search-sizes": { type: "string", default: "10000,50000" },
    "ingest-documents": { type: "string", default: "200" },
    "first-token-ms": { type: "string", default: "200" },
    "streamed-concurrency": { type: "string", default: "100,500" },
    "queue-submitters": { type: "string", default: "200" },
    "queue-documents-per-submitter": { type: "string", default: "5" },
    "queue-noop-jobs": { type: "string", default: "2000" },
    "queue-ingest-jobs": { type: "string", default: "300" },
    "gateway-calls": { type: "string", default: "1000" },
  },
});
const logger = createLogger("warn");
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
};

async function withInstance<T>(overrides: Partial<Config>, work: (switchboard: Switchboard) => Promise<T>, http = false): Promise<T> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-"));
  const base = loadConfig({ SWITCHBOARD_SAMPLE_KB: "false", SWITCHBOARD_PORT: "0" });
  const switchboard = await startSwitchboard({ ...base, dataDir, ...overrides }, { http, logger });
  try {
    return await work(switchboard);
  } finally {
    await switchboard.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function waitForIngestion(switchboard: Switchboard): Promise<void> {
  for (;;) {
    const pending = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM documents WHERE status IN ('pending', 'processing')");
    if (pending.rows[0].count === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function benchIngestion(): Promise<void> {
  const documents = Number(values["ingest-documents"]);
  const random = seededRandom(1);
  const articles = Array.from({ length: documents }, (_, index) => article(random, `bench-${index}`, 450));
  await withInstance({}, async (switchboard) => {
    const started = performance.now();
    for (const [index, content] of articles.entries()) {
      await switchboard.knowledgeBase.submit({ bytes: new TextEncoder().encode(content), contentType: "text/markdown", filename: `bench-${index}.md` });
    }
    const submittedMs = performance.now() - started;
    await waitForIngestion(switchboard);
    const seconds = (performance.now() - started) / 1000;
    const chunks = (await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM chunks WHERE level = 'child'")).rows[0].count;
    results.ingestion = {
      mode: "embedded (PGlite, local Bedrock endpoint, pg-boss, 2 ingest workers)",
      embeddingDimensions: switchboard.config.models.embeddingDimensions,
      documents,
      childChunks: chunks,
      seconds: Math.round(seconds * 10) / 10,
      documentsPerSecond: Math.round((documents / seconds) * 10) / 10,
      chunksPerSecond: Math.round((chunks / seconds) * 10) / 10,
      submitMsPerDocument: Math.round((submittedMs / documents) * 10) / 10,
    };
    console.log("ingestion", results.ingestion);
  });
}

async function loadSyntheticChunks(switchboard: Switchboard, from: number, to: number): Promise<void> {
  const { model, embeddingDimensions: dims } = { model: switchboard.config.models.embedding, embeddingDimensions: switchboard.config.models.embeddingDimensions };
  const random = seededRandom(from + 7);
  const perDocument = 50;
  for (let start = from; start < to; start += perDocument) {
    const id = `synthetic-${start}`;
    const { document } = await recordDocumentSubmission(switchboard.db, { externalId: id, title: id, source: "bench", blobKey: "none", contentHash: id });
    const rare = [`${id.replace(/-/g, "")}x`, `${id.replace(/-/g, "")}y`];
    const parents = Array.from({ length: perDocument / 5 }, () => {
      const children = Array.from({ length: 5 }, () => {
        const text = Array.from({ length: 4 }, () => sentence(random, rare)).join(" ");
        return { text, tokenCount: Math.ceil(text.length / 4), embedding: embedText(text, dims) };
      });
      return { text: children.map((child) => child.text).join("\n\n"), tokenCount: children.reduce((sum, child) => sum + child.tokenCount, 0), children };
    });
    await replaceDocumentChunks(
      switchboard.db,
      { documentId: document.id, contentHash: id, title: id, lang: "en", category: "bench", region: "global", metadata: {}, embedding: { model, dims }, parents },
      { vectors: true },
    );
  }
}

async function benchSearch(): Promise<void> {
  const sizes = values["search-sizes"]!.split(",").map(Number);
  const queries = ["how long does a refund take", "return a jacket in europe", "tracking number for my parcel", "warranty repair boots", "free express shipping cost", "change the password of my account", "gift voucher expiry", "store opening hours phone"];
  const measurements: Record<string, unknown> = {};
  await withInstance({}, async (switchboard) => {
    const { embedding: model, embeddingDimensions: dims } = switchboard.config.models;
    let loaded = 0;
    for (const size of sizes) {
      const loadStarted = performance.now();
      // Bulk load without the index, then build it once: much faster than growing HNSW row by row.
      await switchboard.db.exec("DROP INDEX IF EXISTS " + `chunks_embedding_${dims}_${model.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}`.slice(0, 63));
      await loadSyntheticChunks(switchboard, loaded, size);
      loaded = size;
      const indexStarted = performance.now();
      await ensureVectorIndex(switchboard.db, model, dims);
      const indexSeconds = (performance.now() - indexStarted) / 1000;
      await switchboard.db.exec("CHECKPOINT");
      for (let warm = 0; warm < 10; warm++) await switchboard.knowledgeBase.search(queries[warm % queries.length]);
      const samples: number[] = [];
      for (let round = 0; round < 200; round++) {
        const started = performance.now();
        await switchboard.knowledgeBase.search(queries[round % queries.length], { limit: 5 });
        samples.push(performance.now() - started);
      }
      measurements[`${size}`] = {
        childChunks: size,
        loadSeconds: Math.round((performance.now() - loadStarted) / 100) / 10,
        hnswBuildSeconds: Math.round(indexSeconds * 10) / 10,
        searchMs: summarize(samples),
      };
      console.log("search", size, measurements[`${size}`]);
    }
  });
  results.search = { note: "end to end: query embedding through the SDK and local endpoint + full-text + HNSW + fusion + parent load, sequential", ...measurements };
}

async function benchTurnOverhead(): Promise<void> {
  const firstTokenMs = Number(values["first-token-ms"]);
  const endpoint = await startLocalBedrock({ port: 0, latency: { firstTokenMs, perTokenMs: 2 }, logger });
  try {
    const base = loadConfig({ SWITCHBOARD_SAMPLE_KB: "false" });
    await withInstance(
      { bedrock: { ...base.bedrock, endpoint: endpoint.url, credentials: { accessKeyId: "local", secretAccessKey: "local" } } },
      async (switchboard) => {
        const helpCenter = path.resolve(import.meta.dirname, "../samples/help-center");
        const { listDocumentFiles, readDocumentFile } = await import("../src/knowledge/ingest-folder.ts");
        for (const file of await listDocumentFiles(helpCenter, { onlySupported: true })) await switchboard.knowledgeBase.submit(await readDocumentFile(file));
        await waitForIngestion(switchboard);
        const questions = ["How long do I have to return an item?", "¿Cuánto cuesta el envío a España?", "Wie lange dauert die Lieferung?", "Comment utiliser un point relais ?", "礼品卡可以用多久？"];
        const byConcurrency: Record<string, unknown> = {};
        for (const concurrency of [1, 20, 100]) {
          const turnsEach = concurrency === 100 ? 2 : 5;
          const serverOverhead: number[] = [];
          const clientOverhead: number[] = [];
          const beforeModel: number[] = [];
          const modelFirstToken: number[] = [];
          const started = performance.now();
          await Promise.all(
            Array.from({ length: concurrency }, async (_, index) => {
              const created = await fetch(`${switchboard.url}/v1/conversations`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
              const conversation = (await created.json()) as { id: string; token: string };
              for (let turn = 0; turn < turnsEach; turn++) {
                const sent = performance.now();
                const response = await fetch(`${switchboard.url}/v1/conversations/${conversation.id}/messages`, {
                  method: "POST",
                  headers: { authorization: `Bearer ${conversation.token}`, "content-type": "application/json", accept: "text/event-stream" },
                  body: JSON.stringify({ text: questions[(index + turn) % questions.length] }),
                });
                let seenFirstDelta = false;
                for await (const event of readServerSentEvents(response.body!)) {
                  if (event.event === "delta" && !seenFirstDelta) {
                    clientOverhead.push(performance.now() - sent - firstTokenMs);
                    seenFirstDelta = true;
                  }
                  if (event.event === "done") {
                    const id = (event.data.message as { id: string }).id;
                    const stored = await switchboard.db.query<{ first_token_ms: number; model_started_ms: number }>(
                      "SELECT first_token_ms, model_started_ms FROM messages WHERE id = $1",
                      [id],
                    );
                    const timing = stored.rows[0];
                    serverOverhead.push(timing.first_token_ms - firstTokenMs);
                    beforeModel.push(timing.model_started_ms);
                    modelFirstToken.push(timing.first_token_ms - timing.model_started_ms);
                  }
                }
              }
            }),
          );
          const seconds = (performance.now() - started) / 1000;
          byConcurrency[`${concurrency}`] = {
            turns: serverOverhead.length,
            serverOverheadMs: summarize(serverOverhead),
            switchboardBeforeModelCallMs: summarize(beforeModel),
            modelFirstTokenAsSeenMs: summarize(modelFirstToken),
            clientOverheadMs: summarize(clientOverhead),
            turnsPerSecond: Math.round((serverOverhead.length / seconds) * 10) / 10,
          };
          console.log("turn overhead", concurrency, byConcurrency[`${concurrency}`]);
        }
        results.turnOverhead = {
          note:
            "serverOverheadMs = (server receives the message → model's first token reaches the turn) − the endpoint's fixed time to first token; " +
            "switchboardBeforeModelCallMs = message received → answer model called (history, guardrails, language, escalation, retrieval incl. the query embedding); " +
            "modelFirstTokenAsSeenMs = model called → first token (the fixed latency plus the in-process endpoint's own answering and the HTTP/2 hop); " +
            "clientOverheadMs = (client sends → first delta received over SSE) − the same. Embedded PGlite, local endpoint with " +
            `a fixed ${firstTokenMs} ms time to first token and 2 ms per token.`,
          endpointFirstTokenMs: firstTokenMs,
          ...byConcurrency,
        };
      },
      true,
    );
  } finally {
    await endpoint.close();
  }
}

// Writes its own file, bench/results/queue.json.
const benchQueueSection = () =>
  benchQueue({
    submitters: Number(values["queue-submitters"]),
    documentsPerSubmitter: Number(values["queue-documents-per-submitter"]),
    noopJobs: Number(values["queue-noop-jobs"]),
    ingestJobs: Number(values["queue-ingest-jobs"]),
  });

// Writes its own file, bench/results/gateway.json.
const benchGatewaySection = () => benchGateway({ calls: Number(values["gateway-calls"]) });

const sections: Record<string, () => Promise<void>> = {
  ingestion: benchIngestion,
  search: benchSearch,
  turn: benchTurnOverhead,
  queue: benchQueueSection,
  gateway: benchGatewaySection,
  // Writes its own file, bench/results/streamed-turns.json.
  streamed: () => benchStreamedTurns({ concurrencies: values["streamed-concurrency"]!.split(",").map(Number) }),
};
for (const [name, run] of Object.entries(sections)) {
  if (values.only && !values.only.split(",").includes(name)) continue;
  await run();
}
// The queue section writes its own file; the rest go to foundation.json.
if (!values.only || values.only.split(",").some((name) => name !== "queue")) {
  await mkdir(path.resolve(import.meta.dirname, "results"), { recursive: true });
  const file = path.resolve(import.meta.dirname, "results", values.only ? `foundation-${values.only.replace(/,/g, "-")}.json` : "foundation.json");
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results written to ${path.relative(process.cwd(), file)}`);
}
