import { z } from "zod";
import { fromAcceptLanguage } from "@/lib/i18n/locales";
import { orderLinesSchema } from "@/lib/menus/schemas";
import { isoDateSchema, optionalTextSchema } from "@/lib/validation/fields";
import { optionalAllergiesSchema } from "./allergy-schemas";
import { canRenewEta, MAX_ETA_MINUTES, ORDER_STATUSES } from "./transitions";

// The order endpoints' inputs. Unknown fields (prices or totals a client sends) are dropped:
// money is computed on the server only.

export const MAX_NOTES = 500;
export const MAX_REASON = 300;

const optionalText = (max: number, label: string) => optionalTextSchema(max, { label });

/**
 * The language the guest read the menu in ("de", or a tag such as "de-CH"), so each order line
 * keeps the words they saw beside the hotel's. Optional: without it, or with a language the portal
 * does not have, the order takes the guest's language as the portal does (lib/orders/order-language.ts).
 * Absent stays absent (undefined), so an Idempotency-Key replay of an older body still matches.
 */
export const orderLanguageSchema = z
  .string("Language must be text")
  .max(35, "Not a language tag")
  .nullish()
  .transform((v) => (v ? (fromAcceptLanguage(v) ?? undefined) : undefined));

export const roomServiceOrderSchema = z.object({
  items: orderLinesSchema,
  notes: optionalText(MAX_NOTES, "Notes"),
  // Allergies / dietary needs for the whole order (each line may add its own).
  allergies: optionalAllergiesSchema,
  language: orderLanguageSchema,
});
export type RoomServiceOrderInput = z.infer<typeof roomServiceOrderSchema>;

export const orderIdSchema = z.uuid("Not a valid order id");

export const orderStatusSchema = z.enum(ORDER_STATUSES, "Not a valid status");

/**
 * POST /api/console/orders/{id}/status. A reason is required to cancel (the guest sees it).
 * { status: X, from_status: X, eta_minutes } with X under way renews the expected time only.
 */
export const staffStatusChangeSchema = z
  .object({
    status: orderStatusSchema,
    // The status the caller's screen shows: the move applies only from it (else 409 STATUS_CHANGED).
    from_status: orderStatusSchema,
    reason: optionalText(MAX_REASON, "Reason"),
    eta_minutes: z.number("Minutes must be a number").int("Whole minutes").min(1, "At least 1 minute").max(MAX_ETA_MINUTES, `At most ${MAX_ETA_MINUTES} minutes`).nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.status === "CANCELLED" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason the guest will see" });
    // A new time comes with accepting, or alone (status = from_status) to renew an order under way's.
    const etaAllowed = v.status === "ACCEPTED" || (v.status === v.from_status && canRenewEta(v.status));
    if (v.eta_minutes !== null && !etaAllowed) ctx.addIssue({ code: "custom", path: ["eta_minutes"], message: "A new time can be given when accepting, or to an order under way without moving it" });
  });
export type StaffStatusChangeInput = z.infer<typeof staffStatusChangeSchema>;

/** POST …/room-services/orders/{id}/cancel/ (the reason is optional for guests). */
export const guestCancelSchema = z.object({ reason: optionalText(MAX_REASON, "Reason") });


/** GET /api/console/orders?status=&type=&date=&before= — status may be a comma list or "open". */
export const staffOrderFiltersSchema = z
  .object({
    status: z
      .string()
      .max(200)
      .optional()
      .transform((v, ctx) => {
        if (!v) return undefined;
        if (v === "open") return ORDER_STATUSES.filter((s) => s !== "DELIVERED" && s !== "CANCELLED");
        const list = v.split(",").map((s) => s.trim().toUpperCase());
        const bad = list.filter((s) => !(ORDER_STATUSES as readonly string[]).includes(s));
        if (bad.length) {
          ctx.addIssue({ code: "custom", message: `Unknown status: ${bad.join(", ").slice(0, 80)}` });
          return z.NEVER;
        }
        return list as (typeof ORDER_STATUSES)[number][];
      }),
    type: z.enum(["ROOM_SERVICE", "BREAKFAST"], "type must be ROOM_SERVICE or BREAKFAST").optional(),
    date: isoDateSchema.optional(),
    before: orderIdSchema.optional(),
    // The queue's default is newest first; the desk may work oldest first, as the kitchen does.
    sort: z.enum(["newest", "oldest"], "sort must be newest or oldest").optional(),
  })
  .strict();
export type StaffOrderFiltersInput = z.infer<typeof staffOrderFiltersSchema>;
