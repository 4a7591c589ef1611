import type { ToolSpec, ToolUse } from "../models/model-port.ts";
import type { Conversation } from "./conversation-store.ts";

/** The tools a turn offers the model, and how to run one for a conversation. */
export interface TurnTools {
  specs: ToolSpec[];
  run(toolUse: ToolUse, conversation: Conversation): Promise<unknown>;
}
