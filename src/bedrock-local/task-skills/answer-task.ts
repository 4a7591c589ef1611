import { detectLanguage } from "../../i18n/detect-language.ts";
import type { Language } from "../../i18n/language.ts";
import type { ChatMessage, ChatRequest, ModelAnswer } from "../converse-types.ts";
import { answerOffline } from "../offline-answerer.ts";
import { classifyMessage } from "./classify-message.ts";
import { extractAttachmentFields } from "./extract-attachment-fields.ts";
import { judgeTranscript } from "./judge-transcript.ts";
import { elementText, languageElement, readTaskPrompt, readTranscript, type TaskPrompt, type TranscriptEntry } from "./read-task-prompt.ts";
import { summarizeTranscript } from "./summarize-transcript.ts";

function reply(text: string): ModelAnswer {
  return { content: [{ text }], stopReason: "end_turn" };
}

const withoutTags = (text: string) => text.replace(/<\/?[a-z_][\w-]*(?:\s[^>]*)?>/giu, " ").replace(/\s+/gu, " ").trim();

function transcriptLanguage(transcript: readonly TranscriptEntry[]): Language | undefined {
  const customer = transcript.filter((entry) => entry.role === "customer").map((entry) => entry.text).join("\n");
  return detectLanguage(customer).language;
}

function classify(prompt: TaskPrompt): string {
  const recentTurns = readTranscript(prompt.material, "recent_turns");
  const rest = prompt.material.replace(/<recent_turns>[\s\S]*?<\/recent_turns>/u, "");
  const message = elementText(rest, "message") ?? withoutTags(rest);
  return JSON.stringify(classifyMessage({ message, language: languageElement(prompt.system, "language"), recentTurns }));
}

// Only the fields the requested schema names: a caller asking for less gets less.
function extract(prompt: TaskPrompt): string {
  const fields: Record<string, unknown> = extractAttachmentFields(elementText(prompt.material, "document") ?? prompt.material);
  let wanted: string[] | undefined;
  try {
    const schema = JSON.parse(elementText(prompt.system, "output_schema") ?? "null") as { properties?: Record<string, unknown> } | null;
    if (schema?.properties) wanted = Object.keys(schema.properties);
  } catch {
    // No readable schema: answer every field the skill knows.
  }
  return JSON.stringify(wanted ? Object.fromEntries(Object.entries(fields).filter(([key]) => wanted.includes(key))) : fields);
}

function summarize(prompt: TaskPrompt): string {
  const transcript = readTranscript(prompt.material);
  return summarizeTranscript(transcript, languageElement(prompt.system, "reply_language") ?? transcriptLanguage(transcript) ?? "en");
}

// The grounded answerer, asked the customer's latest message with the conversation before it.
function suggestReply(prompt: TaskPrompt): string {
  const transcript = readTranscript(prompt.material);
  const lastCustomer = transcript.map((entry) => entry.role).lastIndexOf("customer");
  const language = languageElement(prompt.system, "reply_language") ?? transcriptLanguage(transcript);
  const messages: ChatMessage[] = [];
  for (const entry of transcript.slice(0, Math.max(0, lastCustomer))) {
    const role = entry.role === "customer" ? "user" : "assistant";
    const previous = messages.at(-1);
    if (previous?.role === role) previous.content.push({ text: entry.text });
    else messages.push({ role, content: [{ text: entry.text }] });
  }
  const sources = /<sources>[\s\S]*?<\/sources>/u.exec(prompt.material)?.[0] ?? "<sources>\n</sources>";
  messages.push({ role: "user", content: [{ text: sources }, { text: transcript[lastCustomer]?.text ?? "" }] });
  const answer = answerOffline({ system: language ? [{ text: `<reply_language>${language}</reply_language>` }] : [], messages });
  return answer.content.map((block) => ("text" in block ? block.text : "")).join("\n").trim();
}

/**
 * Answers a task prompt (`<task>NAME</task>` opening the system prompt) with that task's offline
 * skill; undefined for any other request, which the grounded answerer takes.
 */
export function answerTask(request: ChatRequest): ModelAnswer | undefined {
  const prompt = readTaskPrompt(request);
  if (!prompt) return undefined;
  switch (prompt.task) {
    case "classify":
      return reply(classify(prompt));
    case "extract":
      return reply(extract(prompt));
    case "summarize":
      return reply(summarize(prompt));
    case "judge":
      return reply(JSON.stringify(judgeTranscript(readTranscript(prompt.material))));
    case "suggest_reply":
      return reply(suggestReply(prompt));
  }
}
