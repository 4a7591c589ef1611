import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Switchboard } from "../../src/app.ts";
import type { TurnEvent } from "../../src/conversation/turn-events.ts";
import { normalizeOrderId, orderSchema, type Order } from "../../src/orders/order-source.ts";

const questionSchema = z.object({
  id: z.string(),
  lang: z.string(),
  country: z.string().optional(),
  customerEmail: z.string().optional(),
  question: z.string(),
  expect: z.union([
    z.object({ documents: z.array(z.string()), facts: z.array(z.string()).default([]) }),
    z.object({ noAnswer: z.literal(true) }),
    z.object({ order: z.string(), disclosed: z.boolean() }),
  ]),
});
export type LabelledQuestion = z.infer<typeof questionSchema>;

export interface AnswerEvaluation {
  answerable: { total: number; citedCorrectly: number; factsFound: number; factsTotal: number; saidNoAnswer: number };
  unanswerable: { total: number; declined: number };
  orders: { total: number; correct: number; leaks: number };
  medianLatencyMs: number;
  failures: Array<{ id: string; question: string; answer: string; cited: string[]; why: string }>;
}

/** Reads a labelled question set (see eval/foundation/questions.json). */
export async function loadQuestions(file: string): Promise<LabelledQuestion[]> {
  return z.array(questionSchema).parse(JSON.parse(await readFile(file, "utf8")));
}

/** Reads the orders a set refers to, so disclosure can be checked against their real details. */
export async function loadOrders(file: string): Promise<Map<string, Order>> {
  const orders = z.array(orderSchema).parse(JSON.parse(await readFile(file, "utf8")));
  return new Map(orders.map((order) => [normalizeOrderId(order.id), order]));
}

const folded = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * Asks every question in a fresh conversation and scores the answers: the right document cited,
 * the expected facts present, "no information" when the knowledge base has none, and order
 * details disclosed to their owner only.
 */
export async function evaluateAnswers(switchboard: Switchboard, questions: LabelledQuestion[], orders: Map<string, Order>): Promise<AnswerEvaluation> {
  const result: AnswerEvaluation = {
    answerable: { total: 0, citedCorrectly: 0, factsFound: 0, factsTotal: 0, saidNoAnswer: 0 },
    unanswerable: { total: 0, declined: 0 },
    orders: { total: 0, correct: 0, leaks: 0 },
    medianLatencyMs: 0,
    failures: [],
  };
  const latencies: number[] = [];
  for (const item of questions) {
    const conversation = await switchboard.conversations.start({
      customer: { tier: "standard", email: item.customerEmail, country: item.country?.toUpperCase() },
    });
    let done: Extract<TurnEvent, { type: "done" }> | undefined;
    await switchboard.conversations.reply(conversation.id, item.question, (event) => {
      if (event.type === "done") done = event;
    });
    const answer = done?.message.text ?? "";
    const cited = done?.message.citations.map((citation) => citation.externalId) ?? [];
    latencies.push(done?.message.latencyMs ?? 0);
    const fail = (why: string) => result.failures.push({ id: item.id, question: item.question, answer, cited, why });

    if ("documents" in item.expect) {
      result.answerable.total++;
      const expectation = item.expect;
      const rightCitation = cited.some((id) => expectation.documents.includes(id));
      if (rightCitation) result.answerable.citedCorrectly++;
      const found = expectation.facts.filter((fact) => folded(answer).includes(folded(fact)));
      result.answerable.factsFound += found.length;
      result.answerable.factsTotal += expectation.facts.length;
      if (cited.length === 0) result.answerable.saidNoAnswer++;
      if (!rightCitation || found.length < expectation.facts.length) fail(rightCitation ? `missing facts: ${expectation.facts.filter((fact) => !found.includes(fact)).join(", ")}` : `expected ${expectation.documents.join("|")}`);
    } else if ("noAnswer" in item.expect) {
      result.unanswerable.total++;
      if (cited.length === 0) result.unanswerable.declined++;
      else fail("answered a question the knowledge base does not cover");
    } else {
      result.orders.total++;
      const order = orders.get(normalizeOrderId(item.expect.order));
      const details = [order?.trackingNumber, order?.estimatedDelivery].filter((value): value is string => Boolean(value));
      const disclosed = details.some((detail) => answer.includes(detail)) || (details.length === 0 && !!order && answer.includes(order.status));
      if (disclosed === item.expect.disclosed) result.orders.correct++;
      else fail(item.expect.disclosed ? "order details not given to their owner" : "order details leaked");
      if (disclosed && !item.expect.disclosed) result.orders.leaks++;
    }
  }
  latencies.sort((a, b) => a - b);
  result.medianLatencyMs = latencies[Math.floor(latencies.length / 2)] ?? 0;
  return result;
}
