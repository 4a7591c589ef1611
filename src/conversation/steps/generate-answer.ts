import { performance } from "node:perf_hooks";
import { estimateTokens } from "../../knowledge/chunk/estimate-tokens.ts";
import { ModelError, type ChatMessage, type ContentBlock, type StopReason, type ToolUse, type Usage } from "../../models/model-port.ts";
import type { ModelGateway, ModelTask } from "../../models/gateway/model-gateway.ts";
import { createStreamGuard, type GuardrailEngine, type StreamGuardStep } from "../../guardrails/index.ts";
import { text } from "../../i18n/texts.ts";
import type { Language } from "../../i18n/language.ts";
import type { OrderStatusResult } from "../../orders/order-status-tool.ts";
import { allowKnowledgeBaseText } from "../allow-knowledge-base-text.ts";
import { answerFromKnowledgeBase } from "../answer-from-knowledge-base.ts";
import { buildModelMessages } from "../build-model-messages.ts";
import { extractCitations } from "../extract-citations.ts";
import { truncateHistory } from "../history-budget.ts";
import { buildSystemPrompt, formatAttachment, formatSources } from "../prompts.ts";
import { needsAnswer, type TurnContext, type TurnStep } from "../turn-context.ts";
import type { TurnTools } from "../turn-tools.ts";

// A tool loop that keeps asking for tools is cut here and answered with what it has.
const maxToolRounds = 3;

export interface GenerateOptions {
  maxTokens: number;
  historyTokenBudget: number;
}

/**
 * Steps 7 and 8: streams the grounded answer, running the tool loop (order lookups) in between.
 * Every delta passes the output guardrail, which releases text sentence by sentence once checked;
 * a blocked sentence stops the stream and the answer becomes the localized refusal.
 */
export function generateAnswer(gateway: ModelGateway, tools: TurnTools, outputGuardrail: GuardrailEngine, options: GenerateOptions): TurnStep {
  return async (context) => {
    if (!needsAnswer(context)) return;
    // The gateway moves complex answers down a tier itself when the budget runs low.
    const task: ModelTask = context.classification?.route === "complex" ? "answer.complex" : "answer.simple";
    let model: string | null = null;
    const history = truncateHistory(context.history, options.historyTokenBudget, estimateTokens);
    const messages: ChatMessage[] = buildModelMessages(history, {
      role: "user",
      content: [{ text: formatSources(context.sources) }, ...(context.attachment ? [{ text: formatAttachment(context.attachment) }] : []), { text: context.userText }],
    });
    const usage: Usage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
    let answer = "";
    let firstTokenMs: number | undefined;
    const modelStartedMs = performance.now() - context.receivedAt;
    const sourceGuardrail = allowKnowledgeBaseText(outputGuardrail, context.sources.map((source) => source.parentText));
    const guard = createStreamGuard(recordingInterventions(sourceGuardrail, context), { language: context.language });
    // Only checked text reaches the customer and the stored answer.
    const release = (step: StreamGuardStep): boolean => {
      if (step.emit) {
        answer += step.emit;
        context.emit({ type: "delta", text: step.emit });
      }
      return !step.blocked;
    };
    try {
      for (let round = 0; round <= maxToolRounds; round++) {
        const toolUses: ToolUse[] = [];
        let roundText = "";
        let stopReason: StopReason = "end_turn";
        const request = {
          system: buildSystemPrompt(context.language),
          messages,
          tools: round < maxToolRounds && tools.specs.length ? tools.specs : undefined,
          maxTokens: options.maxTokens,
        };
        const call = { conversationId: context.conversation.id, messageId: context.assistantMessageId, priority: "interactive" as const };
        for await (const part of gateway.stream(task, request, call)) {
          if (part.type === "text-delta") {
            firstTokenMs ??= performance.now() - context.receivedAt;
            roundText += part.text;
            // Leaving the loop cancels the model's stream: nothing more of a blocked answer is read.
            if (!release(guard.push(part.text))) break;
          } else if (part.type === "tool-use") {
            toolUses.push(part.toolUse);
          } else {
            stopReason = part.stopReason;
            model = part.modelId ?? model;
            addUsage(usage, part.usage);
          }
        }
        if (context.outputGuardrail?.action === "BLOCKED" || stopReason !== "tool_use" || toolUses.length === 0) break;
        messages.push({ role: "assistant", content: [...(roundText ? [{ text: roundText }] : []), ...toolUses.map((toolUse): ContentBlock => ({ toolUse }))] });
        messages.push({ role: "user", content: await runTools(context, tools, toolUses) });
        if (roundText && !/\s$/.test(roundText) && !release(guard.push(" "))) break;
      }
      if (context.outputGuardrail?.action !== "BLOCKED") release(guard.flush());
      context.answer = { text: answer.trim(), model: model ?? task, task, usage, firstTokenMs, modelStartedMs, status: "complete" };
      context.modelAnswer = context.answer.text;
      context.citations = extractCitations(context.answer.text, context.sources);
    } catch (error) {
      release(guard.flush());
      const failure = error instanceof ModelError ? error : new ModelError(error instanceof Error ? error.message : String(error), "InternalError", false);
      if (failure.code === "BudgetExhausted" && !answer) {
        answerFromKnowledgeBase(context);
        return;
      }
      context.answer = { text: answer.trim(), model: model ?? task, task, usage, firstTokenMs, modelStartedMs, status: answer ? "incomplete" : "failed" };
      context.failure = {
        code: failure.retryable ? "model_unavailable" : "model_error",
        message: text(answer ? "streamInterrupted" : "error", context.language as Language),
        retryable: failure.retryable,
        cause: failure.message,
      };
    }
  };
}

/** The engine, noting on the turn every check that acted (the stream guard reports only blocks). */
function recordingInterventions(engine: GuardrailEngine, context: TurnContext): GuardrailEngine {
  return {
    check(text, options) {
      const result = engine.check(text, options);
      if (result.action === "NONE") return result;
      const previous = context.outputGuardrail;
      context.outputGuardrail = {
        action: previous?.action === "BLOCKED" ? "BLOCKED" : result.action,
        findings: [...(previous?.findings ?? []), ...result.findings],
        blockedMessage: previous?.blockedMessage ?? result.blockedMessage,
      };
      return result;
    },
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
      context.toolsUsed.push(toolUse.name);
      const order = output as Partial<OrderStatusResult> | undefined;
      if (order?.found === true && order.verified === true && "order" in order && order.order) context.verifiedOrders.push(order.order);
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
