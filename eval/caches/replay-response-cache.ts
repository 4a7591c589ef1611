// Replays the labelled questions through an embedded Switchboard to measure the response cache:
// the similarity of paraphrases to their originals against that of different questions (which
// threshold separates them), then the hit rate of the questions asked again and paraphrased.
// Usage: npx tsx eval/caches/replay-response-cache.ts [--json]
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { startSwitchboard, type Switchboard } from "../../src/app.ts";
import { bundledSamples, loadConfig } from "../../src/config.ts";
import { preferredRegions } from "../../src/conversation/region-preference.ts";
import { whyNotStore } from "../../src/conversation/response-cache/response-cache-eligibility.ts";
import { listDocumentFiles, readDocumentFile } from "../../src/knowledge/ingest-folder.ts";
import { createBedrockClient } from "../../src/models/providers/bedrock/create-bedrock-client.ts";
import { createTitanEmbedder } from "../../src/models/providers/bedrock/titan-embedder.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { loadQuestions, type LabelledQuestion } from "../foundation/evaluate-answers.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const paraphraseSchema = z.array(z.object({ id: z.string(), question: z.string() }));
const thresholds = [0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92, 0.94, 0.96];

const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index], 0);
const scopeOf = (item: LabelledQuestion) => `${item.lang}|${preferredRegions(item.country?.toUpperCase()).join(",")}`;

async function main(): Promise<void> {
  const questions = await loadQuestions(path.join(projectRoot, "eval/foundation/questions.json"));
  const paraphrases = paraphraseSchema.parse(JSON.parse(await readFile(path.join(import.meta.dirname, "paraphrases.json"), "utf8")));
  const byId = new Map(questions.map((item) => [item.id, item]));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-cache-eval-"));
  const config = loadConfig({ ...process.env, SWITCHBOARD_DATA_DIR: dataDir, SWITCHBOARD_SAMPLE_KB: "false", SWITCHBOARD_LOG_LEVEL: "warn" });
  const switchboard = await startSwitchboard({ ...config, databaseUrl: undefined, orders: { file: bundledSamples.ordersFile } }, { http: false, logger: createLogger("warn") });
  try {
    for (const file of await listDocumentFiles(bundledSamples.helpCenterDir, { onlySupported: true })) await switchboard.knowledgeBase.submit(await readDocumentFile(file));
    await waitForIngestion(switchboard);

    const credentials = switchboard.localBedrock ? { accessKeyId: "local", secretAccessKey: "local" } : config.bedrock.credentials;
    const client = createBedrockClient({ region: config.bedrock.region, endpoint: switchboard.bedrockEndpoint, credentials });
    const embedder = createTitanEmbedder(client, config.models.embedding, config.models.embeddingDimensions);
    const originals = new Map(questions.map((item, index) => [item.id, index]));
    const originalVectors = await embedder.embed(questions.map((item) => item.question));
    const paraphraseVectors = await embedder.embed(paraphrases.map((item) => item.question));
    client.destroy();
    // The same question reworded, against the closest different question a cache scope holds.
    const positives = paraphrases.map((item, index) => dot(paraphraseVectors[index], originalVectors[originals.get(item.id) as number]));
    const negatives = [
      ...questions.flatMap((item, index) => nearestOther(item, originalVectors[index])),
      ...paraphrases.flatMap((item, index) => nearestOther(byId.get(item.id) as LabelledQuestion, paraphraseVectors[index])),
    ];
    // Questions alone in their scope have no neighbour to be confused with.
    function nearestOther(item: LabelledQuestion, vector: number[]): number[] {
      const similarities = questions.flatMap((other, index) => (other.id !== item.id && scopeOf(other) === scopeOf(item) ? [dot(vector, originalVectors[index])] : []));
      return similarities.length ? [Math.max(...similarities)] : [];
    }
    const separation = thresholds.map((threshold) => ({
      threshold,
      paraphrasesMatched: positives.filter((value) => value >= threshold).length,
      differentQuestionsMatched: negatives.filter((value) => value >= threshold).length,
    }));

    const replay = async (items: Array<{ item: LabelledQuestion; text: string }>) => {
      const before = switchboard.localBedrock?.stats().requests ?? 0;
      const ids: string[] = [];
      const notStored: Record<string, number> = {};
      for (const { item, text } of items) {
        const conversation = await switchboard.conversations.start({ customer: { tier: "standard", email: item.customerEmail, country: item.country?.toUpperCase() } });
        const context = await switchboard.conversations.reply(conversation.id, text, () => {});
        ids.push(conversation.id);
        const reason = context && whyNotStore(context);
        if (reason && reason !== "cached") notStored[reason] = (notStored[reason] ?? 0) + 1;
        if (!reason) storedIds.add(item.id);
      }
      const marked = await switchboard.db.query<{ response_cache: string | null; count: number }>(
        "SELECT response_cache, count(*)::int AS count FROM messages WHERE role = 'assistant' AND conversation_id = ANY($1::uuid[]) GROUP BY response_cache",
        [ids],
      );
      const count = (kind: string | null) => marked.rows.find((row) => row.response_cache === kind)?.count ?? 0;
      return { asked: items.length, exact: count("exact"), semantic: count("semantic"), notStored, bedrockRequests: (switchboard.localBedrock?.stats().requests ?? 0) - before };
    };
    const storedIds = new Set<string>();
    const all = questions.map((item) => ({ item, text: item.question }));
    const first = await replay(all);
    const second = await replay(all);
    const cachedOriginals = paraphrases.filter((paraphrase) => storedIds.has(paraphrase.id)).length;
    const reworded = await replay(paraphrases.map((paraphrase) => ({ item: byId.get(paraphrase.id) as LabelledQuestion, text: paraphrase.question })));
    const stored = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM messages WHERE role = 'assistant' AND response_cache IS NULL");
    const result = {
      similarity: config.caches.response.similarity ?? "off",
      embedding: `${config.models.embedding}:${config.models.embeddingDimensions}`,
      paraphraseSimilarity: summarize(positives),
      nearestDifferentQuestion: summarize(negatives),
      separation,
      replay: { first, second, paraphrases: { ...reworded, originalsCached: cachedOriginals } },
      answersGenerated: stored.rows[0].count,
    };
    process.stdout.write(process.argv.includes("--json") ? `${JSON.stringify(result, null, 2)}\n` : format(result));
  } finally {
    await switchboard.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function waitForIngestion(switchboard: Switchboard): Promise<void> {
  for (;;) {
    const pending = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM documents WHERE status IN ('pending', 'processing')");
    if (pending.rows[0].count === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function summarize(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { min: round(sorted[0]), median: round(sorted[Math.floor(sorted.length / 2)]), max: round(sorted[sorted.length - 1]) };
}

function format(result: Record<string, any>): string {
  const pass = (name: string, value: { asked: number; exact: number; semantic: number; bedrockRequests: number; notStored: Record<string, number> }) =>
    `${name.padEnd(12)} asked ${value.asked}, exact hits ${value.exact}, semantic hits ${value.semantic} (${((100 * (value.exact + value.semantic)) / value.asked).toFixed(1)}%), ` +
    `Bedrock requests ${value.bedrockRequests}, not stored: ${JSON.stringify(value.notStored)}`;
  return [
    `Embedding ${result.embedding}, semantic threshold ${result.similarity}`,
    `Paraphrase ↔ original similarity: ${JSON.stringify(result.paraphraseSimilarity)}`,
    `Nearest different question:        ${JSON.stringify(result.nearestDifferentQuestion)}`,
    ...result.separation.map((row: { threshold: number; paraphrasesMatched: number; differentQuestionsMatched: number }) => `  ≥ ${row.threshold.toFixed(2)}: paraphrases matched ${row.paraphrasesMatched}, different questions matched ${row.differentQuestionsMatched}`),
    pass("first pass", result.replay.first),
    pass("second pass", result.replay.second),
    pass("paraphrases", result.replay.paraphrases),
    `  (originals of the paraphrases that were cached: ${result.replay.paraphrases.originalsCached})`,
    "",
  ].join("\n");
}

await main();
