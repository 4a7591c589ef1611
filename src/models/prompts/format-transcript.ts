import { escapeElementText } from "./escape-element-text.ts";

/** One message of a conversation as the stores keep it; system messages are left out of prompts. */
export interface TranscriptMessage {
  role: "user" | "assistant" | "agent" | "system";
  text: string;
}

// Names a model reads without a glossary: "user" is the customer, "agent" a person at the desk.
const speaker: Record<Exclude<TranscriptMessage["role"], "system">, string> = {
  user: "customer",
  assistant: "assistant",
  agent: "agent",
};

export const reservedElements = ["transcript", "recent_turns", "message", "sources", "source", "task", "validation_error"] as const;

/** The conversation as `<transcript>` (or `element`) with one `<message role="customer|assistant|agent">` per turn, oldest first. */
export function formatTranscript(transcript: readonly TranscriptMessage[], element: "transcript" | "recent_turns" = "transcript"): string {
  const lines = transcript
    .filter((message): message is TranscriptMessage & { role: keyof typeof speaker } => message.role !== "system" && message.text.trim() !== "")
    .map((message) => `<message role="${speaker[message.role]}">${escapeElementText(message.text.trim(), reservedElements)}</message>`);
  return `<${element}>\n${lines.join("\n")}${lines.length ? "\n" : ""}</${element}>`;
}
