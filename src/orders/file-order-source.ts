import { readFile } from "node:fs/promises";
import { z } from "zod";
import { normalizeOrderId, orderSchema, type Order, type OrderSource } from "./order-source.ts";

const fileSchema = z.union([z.array(orderSchema), z.object({ orders: z.array(orderSchema) }).transform((file) => file.orders)]);

/** Orders from a JSON file (an array, or `{orders: [...]}`), read once at start. */
export async function createFileOrderSource(path: string): Promise<OrderSource> {
  let parsed: Order[];
  try {
    parsed = fileSchema.parse(JSON.parse(await readFile(path, "utf8")));
  } catch (error) {
    throw new Error(`Cannot read orders file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const byId = new Map(parsed.map((order) => [normalizeOrderId(order.id), order]));
  return { find: async (orderId) => byId.get(normalizeOrderId(orderId)) };
}
