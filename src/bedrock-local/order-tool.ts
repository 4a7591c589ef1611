import { randomBytes } from "node:crypto";
import type { ChatMessage, ToolConfiguration, ToolUse } from "./converse-types.ts";

/** The order-lookup tool a request offers, and the name of its order-number input. */
export interface OrderTool {
  name: string;
  idProperty: string;
}

interface JsonSchemaLike {
  properties?: Record<string, { type?: unknown } | undefined>;
  required?: unknown;
}

function idPropertyOf(schema: unknown): string {
  const json = (schema ?? {}) as JsonSchemaLike;
  const properties = json.properties ?? {};
  const isString = (name: string): boolean => {
    const type = properties[name]?.type;
    return type === undefined || type === "string" || (Array.isArray(type) && type.includes("string"));
  };
  const required = Array.isArray(json.required) ? json.required.filter((name): name is string => typeof name === "string") : [];
  if (required.includes("order_id")) return "order_id";
  return required.find(isString) ?? Object.keys(properties).find((name) => /order/i.test(name) && isString(name)) ?? "order_id";
}

/** Finds a tool whose name contains "order" among the tools a request offers. */
export function findOrderTool(toolConfig: ToolConfiguration | undefined): OrderTool | undefined {
  for (const tool of toolConfig?.tools ?? []) {
    const spec = tool.toolSpec;
    if (spec && /order/i.test(spec.name)) return { name: spec.name, idProperty: idPropertyOf(spec.inputSchema?.json) };
  }
  return undefined;
}

/** A tool call id in Bedrock's style: "tooluse_" and 22 random characters. */
export function newToolUseId(): string {
  return `tooluse_${randomBytes(16).toString("base64url").slice(0, 22)}`;
}

/** True when the assistant's last turn already called this tool for this order number. */
export function alreadyCalled(messages: readonly ChatMessage[], tool: OrderTool, orderId: string): boolean {
  const lastAssistant = [...messages].reverse().find((message) => message.role === "assistant");
  return (lastAssistant?.content ?? []).some((block) => isCallFor(block.toolUse, tool, orderId));
}

function isCallFor(call: ToolUse | undefined, tool: OrderTool, orderId: string): boolean {
  if (!call || call.name !== tool.name) return false;
  const input = (call.input ?? {}) as Record<string, unknown>;
  return String(input[tool.idProperty] ?? "").replace(/^#/, "").toLowerCase() === orderId.toLowerCase();
}
