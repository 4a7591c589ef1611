import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { evaluateAnswers, loadOrders, loadQuestions } from "../../eval/foundation/evaluate-answers.ts";
import { startSwitchboard } from "../app.ts";
import { bundledSamples, type Config } from "../config.ts";
import { listDocumentFiles, readDocumentFile } from "../knowledge/ingest-folder.ts";
import { createLogger } from "../observability/logger.ts";
import {
  evaluateEscalationSuite,
  evaluateGuardrailSuite,
  evaluateLanguageSuite,
  formatEscalationSuite,
  formatGuardrailSuite,
  formatLanguageSuite,
  evaluateRoutingSuite,
  formatRoutingSuite,
} from "./eval-suites.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");

export const evalSuites = ["foundation", "guardrails", "escalation", "language", "routing"] as const;
export type EvalSuite = (typeof evalSuites)[number];

export interface EvalOptions {
  json: boolean;
  /** One suite, or every suite when unset or "all". */
  suite?: EvalSuite | "all";
  questions?: string;
  orders?: string;
  kb?: string;
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : "n/a");

/**
 * `switchboard eval`: scores Switchboard on its labelled sets — answers (foundation), guardrail
 * categories, escalation decisions and language identification — as text or `--json`.
 */
export async function evalCommand(config: Config, options: EvalOptions): Promise<number> {
  const suite = options.suite ?? "all";
  if (suite !== "all" && !evalSuites.includes(suite)) {
    process.stderr.write(`Unknown suite ${String(suite)}; choose one of ${[...evalSuites, "all"].join(", ")}\n`);
    return 1;
  }
  const selected = suite === "all" ? evalSuites : [suite];
  const results: Partial<Record<EvalSuite, unknown>> = {};
  const texts: string[] = [];
  for (const name of selected) {
    if (name === "foundation") {
      const result = await evaluateFoundation(config, options);
      results.foundation = result;
      texts.push(formatFoundation(result));
    } else if (name === "guardrails") {
      const result = await evaluateGuardrailSuite();
      results.guardrails = result;
      texts.push(formatGuardrailSuite(result));
    } else if (name === "escalation") {
      const result = await evaluateEscalationSuite();
      results.escalation = result;
      texts.push(formatEscalationSuite(result));
    } else if (name === "routing") {
      const result = await evaluateRoutingSuite();
      results.routing = result;
      texts.push(formatRoutingSuite(result));
    } else {
      const result = await evaluateLanguageSuite();
      results.language = result;
      texts.push(formatLanguageSuite(result));
    }
  }
  process.stdout.write(options.json ? `${JSON.stringify(suite === "all" ? results : results[suite], null, 2)}\n` : `${texts.join("\n\n")}\n`);
  return 0;
}

type FoundationResult = Awaited<ReturnType<typeof evaluateAnswers>>;

/** Ingests a help center into a throw-away embedded instance and scores the answers to a labelled question set. */
async function evaluateFoundation(config: Config, options: EvalOptions): Promise<FoundationResult> {
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
    return await evaluateAnswers(switchboard, questions, await loadOrders(ordersFile));
  } finally {
    await switchboard.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function formatFoundation(result: FoundationResult): string {
  const { answerable, unanswerable, orders } = result;
  return [
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
  ].join("\n");
}
