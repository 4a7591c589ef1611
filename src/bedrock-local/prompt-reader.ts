import { normalizeLanguage } from "../i18n/language.ts";
import type { ChatMessage, ChatRequest, ToolResult, ToolUse } from "./converse-types.ts";
import { parseSources } from "./source-parser.ts";
import type { PromptSource } from "./source-parser.ts";
import type { ReplyLanguage } from "./text-folding.ts";

// The prompt convention of Switchboard's prompt builder, which the offline answerer reads:
//
// - `system` is a list of blocks; `cachePoint` blocks are ignored. A text block may contain
//   `<reply_language>xx</reply_language>` (en, es, fr, de, zh): the language to answer in. Without
//   it, the answerer detects the question's language.
// - The last user message holds a text block starting with `<sources>`, with one
//   `<source id=".." title=".." lang=".." document="..">passage</source>` per retrieved passage,
//   best first. The question is the last text block of that message that is not the sources
//   block. When the last user message carries only `toolResult` blocks, the question is the most
//   recent earlier user text.
// - Earlier messages are the conversation so far.

/** What the offline answerer needs from a Converse request. */
export interface ReadPrompt {
  replyLanguage: ReplyLanguage | undefined;
  question: string;
  sources: PromptSource[];
  /** Earlier user questions, most recent first. */
  earlierQuestions: string[];
  /** The tool result in the last user message, with the call it answers when that is in the history. */
  toolResult: { result: ToolResult; call: ToolUse | undefined } | undefined;
  /** Text of the assistant's previous reply. */
  previousReply: string;
}

const REPLY_LANGUAGE = /<reply_language>\s*([\w-]+)\s*<\/reply_language>/i;
const REPLY_LANGUAGE_ELEMENT = new RegExp(REPLY_LANGUAGE.source, "gi");
const SOURCES_START = /^\s*<sources\b/;

function cleanQuestion(text: string): string {
  return text
    .replace(REPLY_LANGUAGE_ELEMENT, " ")
    .replace(/<\/?[a-z_][\w-]*(?:\s[^>]*)?>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function userTexts(message: ChatMessage): { question: string | undefined; sources: PromptSource[] } {
  let question: string | undefined;
  const sources: PromptSource[] = [];
  for (const block of message.content) {
    if (typeof block.text !== "string") continue;
    if (SOURCES_START.test(block.text) || block.text.includes("</sources>")) {
      sources.push(...parseSources(block.text));
      // A builder that appends the question after the sources block in the same text.
      const after = block.text.split("</sources>").pop() ?? "";
      if (block.text.includes("</sources>") && after.trim()) question = cleanQuestion(after);
      continue;
    }
    const cleaned = cleanQuestion(block.text);
    if (cleaned) question = cleaned;
  }
  return { question, sources };
}

/** Reads the reply language, question, sources, history and tool result from a chat request. */
export function readPrompt(request: ChatRequest): ReadPrompt {
  const messages = request.messages;
  const lastUserIndex = messages.map((message) => message.role).lastIndexOf("user");
  const lastUser = messages[lastUserIndex];
  // The tag belongs in the system prompt; a builder that puts it in the user turn is understood too.
  const systemText = (request.system ?? []).map((block) => block.text ?? "").join("\n");
  const userText = (lastUser?.content ?? []).map((block) => block.text ?? "").join("\n");
  const replyLanguage = normalizeLanguage((REPLY_LANGUAGE.exec(systemText) ?? REPLY_LANGUAGE.exec(userText))?.[1]);

  const earlier: string[] = [];
  let earlierSources: PromptSource[] = [];
  for (let index = lastUserIndex - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role !== "user") continue;
    const read = userTexts(message);
    if (read.question) earlier.push(read.question);
    if (earlierSources.length === 0) earlierSources = read.sources;
  }

  const current = lastUser ? userTexts(lastUser) : { question: undefined, sources: [] };
  const resultBlock = lastUser?.content.find((block) => block.toolResult)?.toolResult;
  let call: ToolUse | undefined;
  if (resultBlock) {
    for (const message of messages.slice(0, lastUserIndex)) {
      for (const block of message.content) {
        if (block.toolUse?.toolUseId === resultBlock.toolUseId) call = block.toolUse;
      }
    }
  }
  const usesEarlierQuestion = current.question === undefined;
  const previousAssistant = messages.slice(0, lastUserIndex).reverse().find((message) => message.role === "assistant");
  return {
    replyLanguage,
    question: current.question ?? earlier[0] ?? "",
    // A tool-result turn answers the earlier question, from the sources that came with it.
    sources: usesEarlierQuestion ? earlierSources : current.sources,
    earlierQuestions: usesEarlierQuestion ? earlier.slice(1) : earlier,
    toolResult: resultBlock ? { result: resultBlock, call } : undefined,
    previousReply: (previousAssistant?.content ?? []).map((block) => block.text ?? "").join(" ").trim(),
  };
}
