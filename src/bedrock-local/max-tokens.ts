import type { ModelAnswer } from "./converse-types.ts";
import { estimateTokens } from "./token-estimate.ts";

/** Cuts a text answer to about `maxTokens` tokens, as a model stops when it reaches the limit. */
export function limitToMaxTokens(answer: ModelAnswer, maxTokens: number | undefined): ModelAnswer {
  if (maxTokens === undefined || answer.stopReason === "tool_use") return answer;
  let budget = maxTokens;
  let truncated = false;
  const content = answer.content.map((block) => {
    if (!("text" in block)) return block;
    if (estimateTokens(block.text) <= budget) {
      budget -= estimateTokens(block.text);
      return block;
    }
    truncated = true;
    const characters = [...block.text];
    let length = characters.length;
    while (length > 0 && estimateTokens(characters.slice(0, length).join("")) > budget) length = Math.floor(length * 0.9);
    budget = 0;
    return { text: characters.slice(0, length).join("") };
  });
  return truncated ? { content, stopReason: "max_tokens" } : answer;
}
