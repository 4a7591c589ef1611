import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { evaluateAnswers, loadOrders, loadQuestions } from "../../eval/foundation/evaluate-answers.ts";
import { startSwitchboard } from "../app.ts";
import { bundledSamples, type Config } from "../config.ts";
import { listDocumentFiles, readDocumentFile } from "../knowledge/ingest-folder.ts";
import { createLogger } from "../observability/logger.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export interface EvalOptions {
  json: boolean;
  questions?: string;
  orders?: string;
  kb?: string;
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : "n/a");

/**
 * `switchboard eval`: ingests a help center into a throw-away embedded instance and scores the
 * answers to a labelled question set (defaults: the bundled samples and eval/foundation).
 */
export async function evalCommand(config: Config, options: EvalOptions): Promise<number> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-eval-"));
  const ordersFile = options.orders ?? bundledSamples.ordersFile;
  const switchboard = await startSwitchboard(
    { ...config, dataDir, databaseUrl: undefined, adminToken: undefined, tokenSecret: undefined, orders: { file: ordersFile }, sampleKnowledgeBase: false },
    { http: false, logger: createLogger("warn") },
  );
  try {
    for (const file of await listDocumentFiles(options.kb ?? bundledSamples.helpCenterDir, { onlySupported: true })) {
      await switchboard.knowledgeBase.submit(await readDocumentFile(file));
    }
    for (;;) {
      const pending = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM documents WHERE status IN ('pending', 'processing')");
      if (pending.rows[0].count === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const questions = await loadQuestions(options.questions ?? path.join(projectRoot, "eval/foundation/questions.json"));
    const result = await evaluateAnswers(switchboard, questions, await loadOrders(ordersFile));
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const { answerable, unanswerable, orders } = result;
    process.stdout.write(
      [
        `Answerable questions:   ${answerable.total}`,
        `  right document cited: ${percent(answerable.citedCorrectly, answerable.total)}`,
        `  expected facts found: ${percent(answerable.factsFound, answerable.factsTotal)}`,
        `  wrongly said "don't know": ${percent(answerable.saidNoAnswer, answerable.total)}`,
        `Unanswerable questions: ${unanswerable.total}`,
        `  declined correctly:   ${percent(unanswerable.declined, unanswerable.total)}`,
        `Order questions:        ${orders.total}`,
        `  disclosure correct:   ${percent(orders.correct, orders.total)} (leaks: ${orders.leaks})`,
        `Median turn latency:    ${result.medianLatencyMs} ms`,
        "",
        ...result.failures.map((failure) => `✗ ${failure.id} ${failure.why}\n    Q: ${failure.question}\n    A: ${failure.answer.slice(0, 240)}\n    cited: ${failure.cited.join(", ") || "—"}`),
        "",
      ].join("\n"),
    );
    return 0;
  } finally {
    await switchboard.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
