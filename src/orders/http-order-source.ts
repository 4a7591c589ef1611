import { normalizeOrderId, orderSchema, type OrderSource } from "./order-source.ts";

/** Orders from the shop's Order API: `GET {base}/orders/{id}` → the order JSON, 404 when unknown. */
export function createHttpOrderSource(baseUrl: string, options: { token?: string; timeoutMs?: number } = {}): OrderSource {
  const base = baseUrl.replace(/\/+$/, "");
  return {
    async find(orderId) {
      const response = await fetch(`${base}/orders/${encodeURIComponent(normalizeOrderId(orderId))}`, {
        headers: { accept: "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`Order API answered ${response.status}`);
      const body = (await response.json()) as Record<string, unknown>;
      return orderSchema.parse("order" in body && typeof body.order === "object" ? body.order : body);
    },
  };
}
