import { createInterface } from "node:readline/promises";
import type { Config } from "../config.ts";
import { connect } from "./connect.ts";
import type { SwitchboardClient } from "./switchboard-client.ts";

interface CustomerOptions {
  email?: string;
  country?: string;
  lang?: string;
}

const conversationInput = (options: CustomerOptions) => ({
  customer: { ...(options.email ? { email: options.email } : {}), ...(options.country ? { country: options.country } : {}) },
  ...(options.lang ? { language: options.lang } : {}),
  channel: "cli",
});

/** Streams one answer to stdout; returns the final event's data. */
async function streamAnswer(client: SwitchboardClient, conversation: { id: string; token: string }, text: string, print: boolean) {
  let final: Record<string, unknown> | undefined;
  for await (const event of client.send(conversation, text)) {
    if (event.event === "delta" && print) process.stdout.write(String(event.data.text));
    if (event.event === "tool" && print && event.data.status === "started") process.stdout.write(`(looking up ${String(event.data.name)}…) `);
    if (event.event === "done" || event.event === "error") final = { event: event.event, ...event.data };
  }
  return final;
}

function printCitations(final: Record<string, unknown> | undefined): void {
  if (final?.event === "error") {
    process.stdout.write(`\n[error] ${String((final.error as { message?: string })?.message)}\n`);
    return;
  }
  const message = final?.message as { citations?: Array<{ index: number; title: string; externalId: string }>; model?: string; latencyMs?: number } | undefined;
  process.stdout.write("\n");
  for (const citation of message?.citations ?? []) process.stdout.write(`  [${citation.index}] ${citation.title} (${citation.externalId})\n`);
  if (message) process.stdout.write(`  — ${message.model} · ${message.latencyMs} ms\n`);
}

/** `switchboard ask "<question>" [--email e] [--country cc] [--json]`: one question, one answer. */
export async function askCommand(config: Config, question: string | undefined, options: CustomerOptions & { json: boolean }): Promise<number> {
  if (!question) throw new Error('usage: switchboard ask "<question>" [--email you@example.com] [--country DE] [--json]');
  const connection = await connect(config);
  try {
    const conversation = await connection.client.startConversation(conversationInput(options));
    const final = await streamAnswer(connection.client, conversation, question, !options.json);
    if (options.json) process.stdout.write(`${JSON.stringify(final, null, 2)}\n`);
    else printCitations(final);
    return final?.event === "done" ? 0 : 1;
  } finally {
    await connection.close();
  }
}

/** `switchboard chat`: an interactive conversation in the terminal. */
export async function chatCommand(config: Config, options: CustomerOptions): Promise<number> {
  const connection = await connect(config);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const conversation = await connection.client.startConversation(conversationInput(options));
    process.stdout.write("Ask anything (an empty line or Ctrl-D ends the chat).\n");
    for (;;) {
      const line = await prompt.question("> ").catch(() => "");
      if (!line.trim()) break;
      printCitations(await streamAnswer(connection.client, conversation, line, true));
    }
    return 0;
  } finally {
    prompt.close();
    await connection.close();
  }
}
