// Prompt builders for the non-answer model tasks. Each system prompt opens with `<task>NAME</task>`.
export { buildClassifyRequest, classificationSchema, classifyIntents, routes, type Classification, type ClassifyOptions, type Route } from "./classify.ts";
export { attachmentFieldsJsonSchema, attachmentFieldsSchema, buildExtractRequest, type AttachmentFields } from "./extract.ts";
export type { TranscriptMessage } from "./format-transcript.ts";
export { buildJudgeRequest, judgeRubrics, judgementSchema, type JudgeRubric, type Judgement } from "./judge.ts";
export { buildSuggestReplyRequest } from "./suggest-reply.ts";
export { buildSummarizeRequest } from "./summarize.ts";
export { promptTasks, taskTag, type PromptTask } from "./task-tag.ts";
