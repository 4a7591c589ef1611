import type { ChatRequest, ModelAnswer } from "./converse-types.ts";
import { answerFromSources } from "./grounded-answer.ts";
import { detectLanguage } from "./language-detection.ts";
import { ANSWERER_TEXTS } from "./localized-texts.ts";
import { readOrderIntent } from "./order-intent.ts";
import { orderReply } from "./order-reply.ts";
import { alreadyCalled, findOrderTool, newToolUseId } from "./order-tool.ts";
import { readPrompt } from "./prompt-reader.ts";
import { classifySmallTalk } from "./small-talk.ts";
import { REPLY_LANGUAGES } from "./text-folding.ts";

// The offline answerer stands in for a chat model when Switchboard runs without Bedrock. It reads
// the prompt convention described in prompt-reader.ts and answers honestly: it quotes the retrieved
// sources (extractive, each sentence cited), says it does not know when they do not cover the
// question, looks orders up through the order tool, and never invents anything.

function reply(text: string): ModelAnswer {
  return { content: [{ text }], stopReason: "end_turn" };
}

function askedForOrderNumber(previousReply: string): boolean {
  return REPLY_LANGUAGES.some((language) => previousReply.includes(ANSWERER_TEXTS[language].askOrderNumber));
}

/** Answers a Converse-shaped chat request without a model. */
export function answerOffline(request: ChatRequest): ModelAnswer {
  const prompt = readPrompt(request);
  const questionLanguage = detectLanguage(prompt.question);
  const language = prompt.replyLanguage ?? questionLanguage ?? "en";
  const texts = ANSWERER_TEXTS[language];
  const orderTool = findOrderTool(request.toolConfig);

  const grounded = (): string | undefined =>
    answerFromSources(
      { question: prompt.question, earlierQuestions: prompt.earlierQuestions, questionLanguage, replyLanguage: language },
      prompt.sources,
    );

  if (prompt.toolResult) {
    const { result, call } = prompt.toolResult;
    if (!call || /order/i.test(call.name)) {
      const status = orderReply(result, call, language);
      // "Can I still cancel order #10023?" wants the order's state and the policy; "where is it" only the state.
      const policy = readOrderIntent(prompt.question).asksStatus ? undefined : grounded();
      return reply(policy ? `${status}\n\n${policy}` : status);
    }
  }

  const smallTalk = classifySmallTalk(prompt.question);
  if (smallTalk) return reply(smallTalk === "thanks" ? texts.thanks : texts.greeting);

  if (orderTool) {
    const earlierIntents = prompt.earlierQuestions.map((question) => readOrderIntent(question));
    const orderContext = askedForOrderNumber(prompt.previousReply) || (earlierIntents[0]?.mentionsOrder ?? false);
    const intent = readOrderIntent(prompt.question, orderContext);
    const refersToOrder = intent.mentionsOrder || intent.asksStatus || intent.strongId || orderContext;
    // "Where is it now?" after an order number was given earlier in the conversation.
    const orderId =
      intent.orderId ?? (intent.asksStatus && orderContext ? earlierIntents.find((earlier) => earlier.orderId)?.orderId : undefined);
    if (orderId && refersToOrder && !alreadyCalled(request.messages, orderTool, orderId)) {
      return {
        content: [{ toolUse: { toolUseId: newToolUseId(), name: orderTool.name, input: { [orderTool.idProperty]: orderId } } }],
        stopReason: "tool_use",
      };
    }
    // Only about the customer's own order: "how long does an order take to reach Seville" is policy.
    const asksAboutOwnOrder = intent.mentionsOrder && intent.asksStatus && (intent.ownOrder || intent.asksWhere);
    if (!orderId && asksAboutOwnOrder) return reply(texts.askOrderNumber);
  }

  return reply(grounded() ?? texts.noInformation);
}
