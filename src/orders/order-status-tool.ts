import type { ToolSpec } from "../models/model-port.ts";
import type { Order, OrderSource } from "./order-source.ts";

export const orderStatusToolSpec: ToolSpec = {
  name: "order_status",
  description:
    "Looks up the status, carrier, tracking number and estimated delivery of one of the customer's orders by its order number. " +
    "Details are only returned when the order belongs to the customer in this conversation.",
  inputSchema: {
    type: "object",
    properties: { order_id: { type: "string", description: "The order number, e.g. NL-100234" } },
    required: ["order_id"],
  },
};

export type OrderStatusResult =
  | { found: true; verified: true; order: Omit<Order, "email"> }
  | { found: true; verified: false; orderId: string }
  | { found: false; orderId: string };

/**
 * The e-mail whose orders a conversation may see: a verified one, or (only when the deployment
 * chose to trust them) one the customer typed in. Anyone can type any address, so trusting typed
 * e-mails discloses an order to whoever knows its number and its owner's address.
 */
export function orderOwnerEmail(customer: { email?: string; emailVerified?: boolean }, options: { trustUnverifiedEmail: boolean }): string | undefined {
  return customer.emailVerified || options.trustUnverifiedEmail ? customer.email : undefined;
}

/**
 * Runs the order tool for a conversation. The owner check happens here, not in the model: an order
 * whose e-mail differs from the conversation's owner e-mail (see `orderOwnerEmail`) yields no
 * detail at all, whatever the prompt said.
 */
export async function lookUpOrderStatus(source: OrderSource, input: Record<string, unknown>, customerEmail: string | undefined): Promise<OrderStatusResult> {
  const orderId = typeof input.order_id === "string" ? input.order_id.trim() : "";
  if (!orderId) return { found: false, orderId: "" };
  const order = await source.find(orderId);
  if (!order) return { found: false, orderId };
  if (!customerEmail || customerEmail.trim().toLowerCase() !== order.email.trim().toLowerCase()) {
    return { found: true, verified: false, orderId: order.id };
  }
  const { email: _ownerEmail, ...details } = order;
  return { found: true, verified: true, order: details };
}
