import { parseArgs } from "node:util";
import { askCommand, chatCommand } from "./cli/chat-commands.ts";
import { bedrockLocalCommand } from "./cli/bedrock-local-command.ts";
import { evalCommand, type EvalOptions } from "./cli/eval-command.ts";
import { ingestCommand } from "./cli/ingest-command.ts";
import { syncCommand } from "./cli/sync-command.ts";
import { jobsCommand } from "./cli/jobs-command.ts";
import { migrateCommand } from "./cli/migrate-command.ts";
import { searchCommand } from "./cli/search-command.ts";
import { startCommand } from "./cli/start-command.ts";
import { usersCommand } from "./cli/users-command.ts";
import { workerCommand } from "./cli/worker-command.ts";
import { ConfigError, loadConfig } from "./config.ts";

const usage = `Switchboard — AI customer support on Amazon Bedrock

Usage: switchboard <command> [options]

  start                         API, workers and the local Bedrock endpoint (embedded defaults)
                                                                         [--no-worker] [--worker-only]
  worker                        queue workers only, no HTTP (several may share one PostgreSQL/SQS)
  jobs                          list jobs, newest first                  [--status dead] [--type t] [--limit n] [--json]
  jobs retry <id>               queue a dead or failed job again         [--json]
  users add --email e --role r   add an agent or admin; prints a one-time password
                                                                         [--name n] [--password-stdin] [--json]
  users list                    people who can sign in                   [--json]
  ingest <file|dir>…            add documents to the knowledge base      [--json]
  ingest --sync <dir|s3://b/p>  re-sync a folder or S3 prefix: changed files re-ingested, vanished ones deleted
                                                                         [--json]
  search "<query>"              search the knowledge base                [--lang xx] [--limit n] [--json]
  ask "<question>"              ask one question                         [--email e] [--country cc] [--lang xx] [--json]
  chat                          chat in the terminal                     [--email e] [--country cc] [--lang xx]
  bedrock-local                 run only the local Bedrock endpoint      [--port n] [--host h] [--first-token-ms n] [--token-ms n]
                                                                         [--latency-profile realistic] [--faults json|@file]
                                                                         [--forward url] [--forward-model [glob=]name,…]
  migrate                       apply database migrations                [--json]
  eval                          score Switchboard on its labelled sets   [--suite foundation|guardrails|escalation|language|routing|all]
                                                                         [--questions f] [--orders f] [--kb dir] [--json]

Settings come from environment variables (see docs/configuration.md).
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      sync: { type: "string" },
      lang: { type: "string" },
      limit: { type: "string" },
      email: { type: "string" },
      country: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      "first-token-ms": { type: "string" },
      "token-ms": { type: "string" },
      "latency-profile": { type: "string" },
      faults: { type: "string" },
      forward: { type: "string" },
      "forward-model": { type: "string" },
      questions: { type: "string" },
      orders: { type: "string" },
      kb: { type: "string" },
      suite: { type: "string" },
      status: { type: "string" },
      type: { type: "string" },
      "no-worker": { type: "boolean", default: false },
      "worker-only": { type: "boolean", default: false },
      role: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    process.stdout.write(usage);
    return command || values.help ? 0 : 1;
  }
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  if (command === "bedrock-local") {
    await bedrockLocalCommand({
      port: number(values.port) ?? 4001,
      host: values.host ?? "127.0.0.1",
      firstTokenMs: number(values["first-token-ms"]),
      perTokenMs: number(values["token-ms"]),
      latencyProfile: values["latency-profile"],
      faults: values.faults,
      forward: values.forward,
      forwardModel: values["forward-model"],
    });
    return 0;
  }
  const config = loadConfig();
  switch (command) {
    case "start":
      if (values["no-worker"] && values["worker-only"]) throw new Error("--no-worker and --worker-only exclude each other");
      if (values["worker-only"]) await workerCommand(config);
      else await startCommand(config, { workers: !values["no-worker"] });
      return 0;
    case "worker":
      await workerCommand(config);
      return 0;
    case "jobs":
      return jobsCommand(config, rest, { status: values.status, type: values.type, limit: number(values.limit), json: values.json });
    case "users":
      return usersCommand(config, rest, { email: values.email, role: values.role, name: values.name, passwordStdin: values["password-stdin"], json: values.json });
    case "ingest":
      if (values.sync) return syncCommand(config, values.sync, { json: values.json });
      return ingestCommand(config, rest, { json: values.json });
    case "search":
      return searchCommand(config, rest.join(" ") || undefined, { lang: values.lang, limit: number(values.limit), json: values.json });
    case "ask":
      return askCommand(config, rest.join(" ") || undefined, { email: values.email, country: values.country, lang: values.lang, json: values.json });
    case "chat":
      return chatCommand(config, { email: values.email, country: values.country, lang: values.lang });
    case "eval":
      return evalCommand(config, { json: values.json, suite: values.suite as EvalOptions["suite"], questions: values.questions, orders: values.orders, kb: values.kb });
    case "migrate":
      return migrateCommand(config, { json: values.json });
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${usage}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? `Error: ${error.message}` : String(error)}\n`);
    process.exit(1);
  },
);
