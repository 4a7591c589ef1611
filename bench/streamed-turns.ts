// Concurrent streamed turns against the embedded server with model-like latency: how many customer
// messages per second one process answers, and the time to first token a customer sees.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startSwitchboard, type Switchboard } from "../src/app.ts";
import { readServerSentEvents } from "../src/cli/switchboard-client.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/observability/logger.ts";
import { summarize } from "./percentiles.ts";

// Varied first messages in the five languages, none repeated within a round's first 25 turns.
const questions = [
  "How long do I have to return an item?",
  "Do you ship to Canada and how much does it cost?",
  "Can I pay with PayPal?",
  "How do I reset my password?",
  "Is there a warranty on shoes?",
  "¿Cuánto cuesta el envío a España?",
  "¿Puedo devolver un artículo comprado en rebajas?",
  "¿Cómo cambio la dirección de entrega?",
  "¿Aceptan tarjetas de regalo en la tienda?",
  "¿Cuánto tarda el reembolso?",
  "Wie lange dauert die Lieferung nach Österreich?",
  "Kann ich meine Bestellung stornieren?",
  "Gibt es eine Garantie auf Elektronik?",
  "Wie funktioniert die Rücksendung?",
  "Welche Zahlungsarten akzeptieren Sie?",
  "Comment utiliser un point relais ?",
  "Quels sont les délais de remboursement ?",
  "Puis-je échanger une taille ?",
  "Livrez-vous en Belgique ?",
  "Comment suivre mon colis ?",
  "礼品卡可以用多久？",
  "退货需要多长时间？",
  "可以寄到香港吗？",
  "怎么修改密码？",
  "支持哪些付款方式？",
];

export interface StreamedTurnsOptions {
  concurrencies: number[];
}

interface RoundResult {
  conversations: number;
  answered: number;
  failed: number;
  seconds: number;
  messagesPerSecond: number;
  customerFirstTokenMs: ReturnType<typeof summarize>;
  customerCompleteMs: ReturnType<typeof summarize>;
}

async function waitForIngestion(switchboard: Switchboard): Promise<void> {
  for (;;) {
    const pending = await switchboard.db.query<{ count: number }>("SELECT count(*)::int AS count FROM documents WHERE status IN ('pending', 'processing')");
    if (pending.rows[0].count === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One message from each of `concurrency` new conversations at once, streamed over SSE. */
async function round(base: string, concurrency: number): Promise<RoundResult> {
  const conversations = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const created = await fetch(`${base}/v1/conversations`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      return (await created.json()) as { id: string; token: string };
    }),
  );
  const firstToken: number[] = [];
  const complete: number[] = [];
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    conversations.map(async (conversation, index) => {
      const sent = performance.now();
      try {
        const response = await fetch(`${base}/v1/conversations/${conversation.id}/messages`, {
          method: "POST",
          headers: { authorization: `Bearer ${conversation.token}`, "content-type": "application/json", accept: "text/event-stream" },
          body: JSON.stringify({ text: questions[index % questions.length] }),
        });
        let first = true;
        for await (const event of readServerSentEvents(response.body!)) {
          if (event.event === "delta" && first) {
            firstToken.push(performance.now() - sent);
            first = false;
          }
          if (event.event === "done") complete.push(performance.now() - sent);
          if (event.event === "error") failed++;
        }
      } catch {
        failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    conversations: concurrency,
    answered: complete.length,
    failed,
    seconds: Math.round(seconds * 10) / 10,
    messagesPerSecond: Math.round((complete.length / seconds) * 10) / 10,
    customerFirstTokenMs: summarize(firstToken),
    customerCompleteMs: summarize(complete),
  };
}

/** Runs the rounds on one embedded instance with the sample help center; writes bench/results/streamed-turns.json. */
export async function benchStreamedTurns(options: StreamedTurnsOptions): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchboard-bench-"));
  const config = loadConfig({
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_PORT: "0",
    SWITCHBOARD_LOCAL_BEDROCK_LATENCY: "realistic",
    // Every message goes to the models: the figure is the model path's, not the cache's.
    SWITCHBOARD_RESPONSE_CACHE: "off",
  });
  const switchboard = await startSwitchboard(config, { logger: createLogger("warn") });
  const rounds: Record<string, RoundResult> = {};
  try {
    await waitForIngestion(switchboard);
    // Warms the prompt cache and the JIT so the first round is not an outlier of start-up.
    await round(switchboard.url!, 5);
    for (const concurrency of options.concurrencies) {
      rounds[`${concurrency}`] = await round(switchboard.url!, concurrency);
      console.log("streamed turns", concurrency, rounds[`${concurrency}`]);
    }
  } finally {
    await switchboard.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
    note:
      "Embedded mode (PGlite, pg-boss, local Bedrock endpoint in-process with the realistic latency profile: Haiku-like models " +
      "~300 ms to first token and ~150 tokens/s). Each conversation sends one message at the same moment over SSE; every turn " +
      "classifies the message (a Haiku-class call) and then streams the answer, with the response cache off. customerFirstTokenMs " +
      "is client send → first delta received; customerCompleteMs is send → done.",
    rounds,
  };
  const file = path.resolve(import.meta.dirname, "results/streamed-turns.json");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}
