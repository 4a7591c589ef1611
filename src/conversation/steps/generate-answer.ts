import { performance } from "node:perf_hooks";
import { estimateTokens } from "../../knowledge/chunk/estimate-tokens.ts";
import { ModelError, type ChatMessage, type ChatModel, type ContentBlock, type StopReason, type ToolUse, type Usage } from "../../models/model-port.ts";
import { text } from "../../i18n/texts.ts";
import type { Language } from "../../i18n/language.ts";
import { buildModelMessages } from "../build-model-messages.ts";
import { truncateHistory } from "../history-budget.ts";
import { buildSystemPrompt, formatSources } from "../prompts.ts";
import type { TurnContext, TurnStep } from "../turn-context.ts";
import type { TurnTools } from "../turn-tools.ts";

// A tool loop that keeps asking for tools is cut here and answered with what it has.
const maxToolRounds = 3;

export interface GenerateOptions {
  model: string;
  maxTokens: number;
  historyTokenBudget: number;
}

/** Step 7: streams the grounded answer, running the tool loop (order lookups) in between. */
export function generateAnswer(chatModel: ChatModel, tools: TurnTools, options: GenerateOptions): TurnStep {
  return async (context) => {
    const history = truncateHistory(context.history, options.historyTokenBudget, estimateTokens);
    const messages: ChatMessage[] = buildModelMessages(history, {
      role: "user",
      content: [{ text: formatSources(context.sources) }, { text: context.userText }],
    });
    const usage: Usage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
    let answer = "";
    let firstTokenMs: number | undefined;
    try {
      for (let round = 0; round <= maxToolRounds; round++) {
        const toolUses: ToolUse[] = [];
        let roundText = "";
        let stopReason: StopReason = "end_turn";
        for await (const part of chatModel.stream({
          modelId: options.model,
          system: buildSystemPrompt(context.language),
          messages,
          tools: round < maxToolRounds && tools.specs.length ? tools.specs : undefined,
          maxTokens: options.maxTokens,
        })) {
          if (part.type === "text-delta") {
            firstTokenMs ??= performance.now() - context.receivedAt;
            roundText += part.text;
            context.emit({ type: "delta", text: part.text });
          } else if (part.type === "tool-use") {
            toolUses.push(part.toolUse);
          } else {
            stopReason = part.stopReason;
            addUsage(usage, part.usage);
          }
        }
        answer += roundText;
        if (stopReason !== "tool_use" || toolUses.length === 0) break;
        messages.push({ role: "assistant", content: [...(roundText ? [{ text: roundText }] : []), ...toolUses.map((toolUse): ContentBlock => ({ toolUse }))] });
        messages.push({ role: "user", content: await runTools(context, tools, toolUses) });
        if (roundText && !/\s$/.test(roundText)) {
          answer += " ";
          context.emit({ type: "delta", text: " " });
        }
      }
      context.answer = { text: answer.trim(), model: options.model, usage, firstTokenMs, status: "complete" };
    } catch (error) {
      const failure = error instanceof ModelError ? error : new ModelError(error instanceof Error ? error.message : String(error), "InternalError", false);
      context.answer = { text: answer.trim(), model: options.model, usage, firstTokenMs, status: answer ? "incomplete" : "failed" };
      context.failure = {
        code: failure.retryable ? "model_unavailable" : "model_error",
        message: text(answer ? "streamInterrupted" : "error", context.language as Language),
        retryable: failure.retryable,
        cause: failure.message,
      };
    }
  };
}

function addUsage(total: Usage, part: Usage): void {
  total.inputTokens += part.inputTokens;
  total.outputTokens += part.outputTokens;
  total.cacheReadTokens = (total.cacheReadTokens ?? 0) + (part.cacheReadTokens ?? 0);
  total.cacheWriteTokens = (total.cacheWriteTokens ?? 0) + (part.cacheWriteTokens ?? 0);
}

async function runTools(context: TurnContext, tools: TurnTools, toolUses: ToolUse[]): Promise<ContentBlock[]> {
  const results: ContentBlock[] = [];
  for (const toolUse of toolUses) {
    context.emit({ type: "tool", name: toolUse.name, status: "started" });
    try {
      const output = await tools.run(toolUse, context.conversation);
      results.push({ toolResult: { toolUseId: toolUse.toolUseId, content: [{ json: output }], status: "success" } });
      context.emit({ type: "tool", name: toolUse.name, status: "completed" });
    } catch (error) {
      results.push({
        toolResult: { toolUseId: toolUse.toolUseId, content: [{ text: `The tool failed: ${error instanceof Error ? error.message : String(error)}` }], status: "error" },
      });
      context.emit({ type: "tool", name: toolUse.name, status: "failed" });
    }
  }
  return results;
}
