import { normalizeLanguage, type Language } from "../../i18n/language.ts";
import { promptTasks, type PromptTask } from "../../models/prompts/task-tag.ts";
import type { ChatMessage, ChatRequest } from "../converse-types.ts";
import { unescapeXml } from "../source-parser.ts";

// The task-prompt convention (src/models/prompts): the system prompt opens with
// `<task>NAME</task>`; the material to work on is in the first user message, in elements named
// by the task (<message>, <recent_turns>, <document>, <transcript>, <sources>). A repair request
// that follows (a user message quoting a `<validation_error>`) carries no new material: the
// skills compute their answer from the material again, so it comes out valid.

/** A task request as the skills read it. */
export interface TaskPrompt {
  task: PromptTask;
  /** All system text, cache points left out. */
  system: string;
  /** The text of the task's material (the first user message, repair text left out). */
  material: string;
}

/** One message of a `<transcript>` or `<recent_turns>` element. */
export interface TranscriptEntry {
  role: "customer" | "assistant" | "agent";
  text: string;
}

const TASK = /^\s*<task>\s*([\w.-]+)\s*<\/task>/;
const REPAIR = "<validation_error>";

function texts(message: ChatMessage): string[] {
  return message.content.map((block) => block.text).filter((text): text is string => typeof text === "string");
}

/** The task a request names, with its system text and material; undefined for a chat turn. */
export function readTaskPrompt(request: ChatRequest): TaskPrompt | undefined {
  const system = (request.system ?? []).map((block) => block.text ?? "").join("\n");
  const name = TASK.exec(system)?.[1];
  const task = promptTasks.find((candidate) => candidate === name);
  if (!task) return undefined;
  const first = request.messages.find((message) => message.role === "user" && texts(message).some((text) => !text.includes(REPAIR)));
  const material = first ? texts(first).filter((text) => !text.includes(REPAIR)).join("\n") : "";
  return { task, system, material };
}

/**
 * The unescaped content of the first `<name>` element (with or without attributes) in `text`. An
 * instruction that mentions the element ("the language given in <reply_language>") is not one:
 * the content may not contain another opening tag of the same name.
 */
export function elementText(text: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>((?:(?!<${name}[\\s>])[\\s\\S])*?)</${name}>`).exec(text);
  return match ? unescapeXml(match[1] ?? "").trim() : undefined;
}

/** The language named by `<name>xx</name>` (reply_language, language), when it is one Switchboard speaks. */
export function languageElement(text: string, name: "reply_language" | "language"): Language | undefined {
  return normalizeLanguage(elementText(text, name));
}

const SPEAKERS = new Set(["customer", "assistant", "agent"]);

/** The messages of a `<transcript>`-shaped element, oldest first. */
export function readTranscript(text: string, name: "transcript" | "recent_turns" = "transcript"): TranscriptEntry[] {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(text);
  if (!match) return [];
  const entries: TranscriptEntry[] = [];
  for (const message of (match[1] ?? "").matchAll(/<message role="([a-z]+)">([\s\S]*?)<\/message>/g)) {
    const role = message[1] ?? "";
    if (SPEAKERS.has(role)) entries.push({ role: role as TranscriptEntry["role"], text: unescapeXml(message[2] ?? "").trim() });
  }
  return entries;
}
