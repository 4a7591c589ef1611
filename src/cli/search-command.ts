import type { Config } from "../config.ts";
import { connect } from "./connect.ts";

/** `switchboard search "<query>" [--lang xx] [--limit n] [--json]`: the knowledge base as the model sees it. */
export async function searchCommand(config: Config, query: string | undefined, options: { lang?: string; limit?: number; json: boolean }): Promise<number> {
  if (!query) throw new Error('usage: switchboard search "<query>" [--lang xx] [--json]');
  const connection = await connect(config);
  try {
    const { results } = await connection.client.search(query, options);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ query, results }, null, 2)}\n`);
      return 0;
    }
    if (results.length === 0) process.stdout.write("No results.\n");
    for (const result of results) {
      const snippet = String(result.text).replace(/\s+/g, " ").slice(0, 160);
      process.stdout.write(`${result.rank}. [${Number(result.score).toFixed(4)}] ${result.title} (${result.externalId}, ${result.lang ?? "?"})\n   ${snippet}…\n`);
    }
    return 0;
  } finally {
    await connection.close();
  }
}
