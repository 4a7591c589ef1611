export interface BudgetedMessage {
  role: string;
  text: string;
}

/**
 * Keeps the conversation within a token budget: always the first user message (it usually states
 * the problem), then as many of the most recent messages as fit, in order.
 */
export function truncateHistory<T extends BudgetedMessage>(messages: T[], budgetTokens: number, estimateTokens: (text: string) => number): T[] {
  const firstUserIndex = messages.findIndex((message) => message.role === "user");
  if (firstUserIndex < 0) return [];
  const first = messages[firstUserIndex];
  let remaining = budgetTokens - estimateTokens(first.text);
  const recent: T[] = [];
  for (let index = messages.length - 1; index > firstUserIndex; index--) {
    const cost = estimateTokens(messages[index].text);
    if (cost > remaining) break;
    remaining -= cost;
    recent.unshift(messages[index]);
  }
  return [first, ...recent];
}
