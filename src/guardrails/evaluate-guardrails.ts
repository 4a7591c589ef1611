import type { GuardrailCase } from "./guardrail-case.ts";
import type { FindingCategory, GuardrailAction, GuardrailEngine } from "./types.ts";

export interface CategoryScore {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface GuardrailCaseFailure {
  id: string;
  lang: string;
  expected: { action: GuardrailAction; categories: FindingCategory[]; types?: string[] };
  actual: { action: GuardrailAction; categories: FindingCategory[]; types: string[] };
}

export interface GuardrailEvaluation {
  overall: {
    cases: number;
    /** Share of cases with the expected action, categories and (where labelled) types. */
    accuracy: number;
    /** Share of cases with the expected action, whatever the reason. */
    actionAccuracy: number;
    /** Share of cases labelled NONE that passed untouched. */
    lookAlikePassRate: number;
  };
  perCategory: Partial<Record<FindingCategory, CategoryScore>>;
  perLanguage: Record<string, { cases: number; accuracy: number }>;
  failures: GuardrailCaseFailure[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

/** Runs labelled cases through an engine and scores it per category (a category counts when it acted). */
export function evaluateGuardrails(engine: GuardrailEngine, cases: readonly GuardrailCase[]): GuardrailEvaluation {
  const counts = new Map<FindingCategory, { tp: number; fp: number; fn: number }>();
  const count = (category: FindingCategory) => {
    let entry = counts.get(category);
    if (!entry) counts.set(category, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  const languages = new Map<string, { cases: number; correct: number }>();
  const failures: GuardrailCaseFailure[] = [];
  let correct = 0;
  let actionCorrect = 0;
  let lookAlikes = 0;
  let lookAlikesPassed = 0;

  for (const labelled of cases) {
    const result = engine.check(labelled.text, { source: labelled.source, language: labelled.lang });
    const acting = result.findings.filter((finding) => finding.action !== "NONE");
    const actualCategories = [...new Set(acting.map((finding) => finding.category))].sort();
    const actualTypes = [...new Set(acting.map((finding) => finding.type))].sort();
    const expectedCategories = new Set(labelled.expect.categories);

    for (const category of new Set([...expectedCategories, ...actualCategories])) {
      const expected = expectedCategories.has(category);
      const actual = actualCategories.includes(category);
      if (expected && actual) count(category).tp++;
      else if (actual) count(category).fp++;
      else count(category).fn++;
    }

    const actionMatches = result.action === labelled.expect.action;
    const categoriesMatch =
      actualCategories.length === expectedCategories.size && actualCategories.every((category) => expectedCategories.has(category));
    const typesMatch = (labelled.expect.types ?? []).every((type) => actualTypes.includes(type));
    const ok = actionMatches && categoriesMatch && typesMatch;
    if (actionMatches) actionCorrect++;
    if (ok) correct++;
    if (labelled.expect.action === "NONE") {
      lookAlikes++;
      if (result.action === "NONE") lookAlikesPassed++;
    }
    const language = languages.get(labelled.lang) ?? { cases: 0, correct: 0 };
    language.cases++;
    if (ok) language.correct++;
    languages.set(labelled.lang, language);
    if (!ok) {
      failures.push({
        id: labelled.id,
        lang: labelled.lang,
        expected: labelled.expect,
        actual: { action: result.action, categories: actualCategories, types: actualTypes },
      });
    }
  }

  const perCategory: Partial<Record<FindingCategory, CategoryScore>> = {};
  for (const [category, { tp, fp, fn }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    perCategory[category] = { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn };
  }
  return {
    overall: {
      cases: cases.length,
      accuracy: ratio(correct, cases.length),
      actionAccuracy: ratio(actionCorrect, cases.length),
      lookAlikePassRate: ratio(lookAlikesPassed, lookAlikes),
    },
    perCategory,
    perLanguage: Object.fromEntries(
      [...languages].map(([language, { cases: total, correct: right }]) => [language, { cases: total, accuracy: ratio(right, total) }]),
    ),
    failures,
  };
}
