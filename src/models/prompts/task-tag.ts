/** The non-answer tasks whose system prompt opens with `<task>NAME</task>`. */
export const promptTasks = ["classify", "extract", "summarize", "judge", "suggest_reply"] as const;
export type PromptTask = (typeof promptTasks)[number];

/** The opening of a task's system prompt: it names the job for the model and for the local endpoint's skills. */
export function taskTag(task: PromptTask): string {
  return `<task>${task}</task>`;
}
