// Measures the language-detector candidates on a labelled set:
//   npx tsx eval/language/run-comparison.ts [messages.json | holdout.json] [--json] [--misses]
import { readFile } from "node:fs/promises";
import { compareLanguageDetectors, formatComparisonTable } from "../../src/i18n/compare-language-detectors.ts";
import { parseLabelledMessages } from "../../src/i18n/labelled-message.ts";

const file = process.argv.slice(2).find((argument) => !argument.startsWith("--")) ?? "messages.json";
const messages = parseLabelledMessages(JSON.parse(await readFile(new URL(file, new URL("./", import.meta.url)), "utf8")));
const rows = await compareLanguageDetectors(messages);
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(`${file}: ${messages.length} messages, ${messages.filter((m) => m.ambiguous).length} ambiguous\n`);
  console.log(formatComparisonTable(rows));
  if (process.argv.includes("--misses")) {
    for (const row of rows.filter((candidate) => candidate.misses.length > 0)) {
      console.log(`\n${row.detector}:`);
      for (const miss of row.misses) {
        console.log(`  ${miss.id} ${JSON.stringify(miss.text)}: expected ${miss.expected}, got ${miss.detected ?? "none"}`);
      }
    }
  }
}
