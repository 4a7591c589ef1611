import { readFileSync } from "node:fs";
import { defaultGuardrailPolicy } from "./src/guardrails/default-guardrail-policy.ts";
import { createGuardrailEngine } from "./src/guardrails/engine.ts";
const cases = JSON.parse(readFileSync("eval/guardrails/cases.json", "utf8")) as Array<{text: string, source: "INPUT"|"OUTPUT", lang: string}>;
let t0 = performance.now();
const engine = createGuardrailEngine(defaultGuardrailPolicy);
console.log("create", (performance.now() - t0).toFixed(1));
const times: Array<[number, string]> = [];
for (const c of cases) { t0 = performance.now(); engine.check(c.text, {source: c.source, language: c.lang}); times.push([performance.now() - t0, c.text]); }
console.log("total", times.reduce((a, b) => a + b[0], 0).toFixed(1));
times.sort((a, b) => b[0] - a[0]); console.log(times.slice(0, 8).map(([t, s]) => `${t.toFixed(1)} ${s.slice(0, 50)}`).join("\n"));
