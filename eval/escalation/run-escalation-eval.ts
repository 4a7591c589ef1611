import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseEscalationDialogues } from "../../src/escalation/escalation-dialogue.ts";
import { defaultEscalationPolicy } from "../../src/escalation/escalation-policy.ts";
import { evaluateEscalation } from "../../src/escalation/evaluate-escalation.ts";
import { formatEscalationEvaluation } from "../../src/escalation/format-escalation-evaluation.ts";

// Usage: tsx eval/escalation/run-escalation-eval.ts [--json] [dialogues.json ...]
// Scores the default policy on each labelled set (by default all three: see RESULTS.md).
const args = process.argv.slice(2);
const json = args.includes("--json");
const files = args.filter((arg) => arg !== "--json");
const here = import.meta.dirname;
const sets = files.length > 0 ? files : ["dialogues.json", "holdout.json", "holdout-2.json"].map((name) => path.join(here, name));

const results = [];
for (const file of sets) {
  const dialogues = parseEscalationDialogues(JSON.parse(await readFile(file, "utf8")));
  results.push({ file: path.basename(file), ...evaluateEscalation(defaultEscalationPolicy, dialogues) });
}
if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  for (const { file, ...evaluation } of results) process.stdout.write(`== ${file}\n${formatEscalationEvaluation(evaluation)}\n\n`);
}
