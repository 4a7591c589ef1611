/** How a turn ended, as counted: one label per kind of ending. */
export type TurnOutcome = "answered" | "no_answer" | "blocked" | "escalated" | "delivered_to_agent" | "failed";

/** The counters the conversation core moves; the composition root backs them with Prometheus. */
export interface TurnMetrics {
  guardrailIntervention(labels: { source: string; category: string; action: string }): void;
  escalation(reason: string): void;
  turnFinished(outcome: TurnOutcome, seconds: { total: number; firstToken?: number }): void;
}

/** Records nothing (tests, tools that run turns without a metrics registry). */
export const noTurnMetrics: TurnMetrics = {
  guardrailIntervention: () => {},
  escalation: () => {},
  turnFinished: () => {},
};
