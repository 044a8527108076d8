import { z } from "zod";
import { parseAllergyAlert } from "@/lib/orders/allergies";

// The kitchen's view of an order, parsed from the staff order API (GET /api/console/orders and
// /api/console/breakfast). Only what the screen shows; KITCHEN never receives guest contact details.

const optionSchema = z.union([z.string(), z.object({ label: z.string() }).transform((o) => o.label)]);

const lineSchema = z.object({
  name: z.string(),
  quantity: z.number().int(),
  options: z.array(optionSchema).nullish().transform((o) => o ?? []),
  instructions: z.string().nullish().transform((s) => s || null),
});

export const kitchenOrderSchema = z
  .object({
    // The order views name it order_id (room service) or id (the breakfast list).
    order_id: z.string().optional(),
    id: z.string().optional(),
    type: z.enum(["ROOM_SERVICE", "BREAKFAST"]),
    status: z.enum(["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED", "CANCELLED"]),
    room_number: z.string().nullish(),
    guest: z.object({ display_name: z.string() }).nullish(),
    guest_first_name: z.string().nullish(),
    created_at: z.string().nullish(),
    estimated_delivery: z.string().nullish(),
    notes: z.string().nullish(),
    allergy_alert: z.unknown().optional(),
    cancel_reason: z.string().nullish(),
    delivery_date: z.string().nullish(),
    time_slot: z.string().nullish(),
    guests: z.number().int().nullish(),
    lines: z.array(lineSchema).optional(),
    items: z.array(lineSchema).optional(),
  })
  .refine((o) => o.order_id ?? o.id, { message: "order id missing" })
  .transform((o) => ({
    id: (o.order_id ?? o.id)!,
    type: o.type,
    status: o.status,
    room: o.room_number ?? null,
    guest: o.guest?.display_name ?? o.guest_first_name ?? null,
    createdAt: o.created_at ?? null,
    // The current promise: staff may renew it on accepting; the first one stays in promised_at.
    etaAt: o.estimated_delivery ?? null,
    notes: o.notes || null,
    allergy: parseAllergyAlert(o.allergy_alert),
    cancelReason: o.cancel_reason ?? null,
    deliveryDate: o.delivery_date ?? null,
    timeSlot: o.time_slot ?? null,
    guests: o.guests ?? null,
    lines: o.lines ?? o.items ?? [],
  }));

export type KitchenOrder = z.output<typeof kitchenOrderSchema>;
export type KitchenLine = KitchenOrder["lines"][number];

/** Parses a list answer leniently: an order the screen cannot read is skipped, not fatal. */
export function parseOrders(raw: unknown): KitchenOrder[] {
  const list = Array.isArray(raw) ? raw : z.object({ orders: z.array(z.unknown()) }).safeParse(raw).data?.orders ?? [];
  return list.flatMap((o) => {
    const r = kitchenOrderSchema.safeParse(o);
    return r.success ? [r.data] : [];
  });
}

export function parseOrder(raw: unknown): KitchenOrder | null {
  const r = kitchenOrderSchema.safeParse(z.object({ order: z.unknown() }).safeParse(raw).data?.order ?? raw);
  return r.success ? r.data : null;
}
