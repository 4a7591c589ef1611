import type { Queryable } from "../../storage/database.ts";
import type { DateRange } from "../date-range.ts";
import { toNumber } from "./sql-fragments.ts";

export interface GuardrailCount {
  /** "category" (pii, prompt_attack, denied_topic…) or "type" (the entity: EMAIL, PHONE…). */
  dimension: "category" | "type";
  name: string;
  interventions: number;
  blocked: number;
  anonymized: number;
  onInput: number;
  onOutput: number;
}

/** Guardrail interventions in the range, counted per category and per entity type they acted on. */
export async function guardrailInterventions(db: Queryable, range: DateRange): Promise<GuardrailCount[]> {
  const result = await db.query<{ dimension: "category" | "type"; name: string; interventions: number; blocked: number; anonymized: number; on_input: number; on_output: number }>(
    `SELECT found.dimension, found.name, count(*)::int AS interventions,
       count(*) FILTER (WHERE g.action = 'BLOCKED')::int AS blocked, count(*) FILTER (WHERE g.action = 'ANONYMIZED')::int AS anonymized,
       count(*) FILTER (WHERE g.source = 'INPUT')::int AS on_input, count(*) FILTER (WHERE g.source = 'OUTPUT')::int AS on_output
     FROM guardrail_events g
     CROSS JOIN LATERAL (
       SELECT 'category' AS dimension, value AS name FROM jsonb_array_elements_text(g.categories)
       UNION ALL SELECT 'type', value FROM jsonb_array_elements_text(g.types)
     ) found
     WHERE g.created_at >= $1 AND g.created_at < $2
     GROUP BY 1, 2 ORDER BY 1, interventions DESC, 2`,
    [range.start, range.end],
  );
  return result.rows.map((row) => ({
    dimension: row.dimension,
    name: row.name,
    interventions: toNumber(row.interventions) ?? 0,
    blocked: toNumber(row.blocked) ?? 0,
    anonymized: toNumber(row.anonymized) ?? 0,
    onInput: toNumber(row.on_input) ?? 0,
    onOutput: toNumber(row.on_output) ?? 0,
  }));
}
