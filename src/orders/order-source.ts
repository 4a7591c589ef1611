import { z } from "zod";

/** An order as Switchboard shows it to its verified owner. */
export interface Order {
  id: string;
  email: string;
  status: string;
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
  estimatedDelivery?: string;
  placedAt?: string;
  total?: number;
  currency?: string;
  items?: Array<{ name: string; quantity?: number; sku?: string; price?: number }>;
}

/** Where orders come from: a JSON file when embedded, the shop's Order API in production. */
export interface OrderSource {
  find(orderId: string): Promise<Order | undefined>;
}

const text = z.union([z.string(), z.number()]).transform((value) => String(value));

// Order feeds name their fields in several common ways; accept them, keep one shape inside.
export const orderSchema = z
  .object({
    id: text.optional(),
    orderId: text.optional(),
    order_id: text.optional(),
    number: text.optional(),
    email: z.string().optional(),
    customerEmail: z.string().optional(),
    customer_email: z.string().optional(),
    status: z.string(),
    carrier: z.string().optional(),
    trackingNumber: text.optional(),
    tracking_number: text.optional(),
    tracking: text.optional(),
    trackingUrl: z.string().optional(),
    tracking_url: z.string().optional(),
    estimatedDelivery: z.string().optional(),
    estimated_delivery: z.string().optional(),
    eta: z.string().optional(),
    placedAt: z.string().optional(),
    placed_at: z.string().optional(),
    createdAt: z.string().optional(),
    total: z.coerce.number().optional(),
    currency: z.string().optional(),
    items: z
      .array(
        z.object({ name: z.string().optional(), title: z.string().optional(), quantity: z.coerce.number().optional(), sku: text.optional(), price: z.coerce.number().optional() }),
      )
      .optional(),
  })
  .transform((raw, context): Order => {
    const id = raw.id ?? raw.orderId ?? raw.order_id ?? raw.number;
    const email = raw.email ?? raw.customerEmail ?? raw.customer_email;
    if (!id || !email) {
      context.addIssue({ code: "custom", message: "an order needs an id and an email" });
      return z.NEVER;
    }
    return {
      id,
      email,
      status: raw.status,
      carrier: raw.carrier,
      trackingNumber: raw.trackingNumber ?? raw.tracking_number ?? raw.tracking,
      trackingUrl: raw.trackingUrl ?? raw.tracking_url,
      estimatedDelivery: raw.estimatedDelivery ?? raw.estimated_delivery ?? raw.eta,
      placedAt: raw.placedAt ?? raw.placed_at ?? raw.createdAt,
      total: raw.total,
      currency: raw.currency,
      items: raw.items?.map((item) => ({ name: item.name ?? item.title ?? item.sku ?? "item", quantity: item.quantity, sku: item.sku, price: item.price })),
    };
  });

/** Order ids compare without case, spaces or a leading '#'. */
export function normalizeOrderId(orderId: string): string {
  return orderId.trim().replace(/^#/, "").replace(/\s+/g, "").toUpperCase();
}
