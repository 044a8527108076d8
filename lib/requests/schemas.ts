import { z } from "zod";
import { labelTranslationsSchema, textTranslationsSchema } from "@/lib/menus/schemas";
import { optionalTextSchema, requiredTextSchema, wallClockTimeSchema } from "@/lib/validation/fields";
import { REQUEST_DEPARTMENTS } from "./request-roles";
import { REQUEST_STATUSES } from "./transitions";

// The request endpoints' inputs. A guest's body carries every kind's fields as optional; which
// ones count, and their limits that depend on the type (item keys and maxima, the latest
// check-out) or on the stay (the wake-up window), are judged by lib/requests/kind-details.ts.

export const MAX_REQUEST_NOTE = 500;
export const MAX_DECLINE_REASON = 300;
export const MAX_ITEM_QUANTITY = 20;
export const REQUEST_KINDS = ["AMENITIES", "CLEANING", "MAINTENANCE", "WAKE_UP", "LATE_CHECKOUT", "OTHER"] as const;

export const requestIdSchema = z.uuid("Not a valid request id");
export const requestTypeIdSchema = z.uuid("Not a valid request type id");

export const guestRequestSchema = z.object({
  type_id: z.uuid("Choose a request type"),
  items: z
    .array(
      z.object({
        key: z.string("Item key must be text").max(40, "Unknown item"),
        quantity: z.number("Quantity must be a number").int("Whole numbers only").min(1, "At least 1").max(MAX_ITEM_QUANTITY, `At most ${MAX_ITEM_QUANTITY}`),
      }),
      "Items must be a list",
    )
    .max(20, "At most 20 items")
    .optional(),
  cleaning: z.enum(["NOW", "SKIP_TODAY"], "Choose NOW or SKIP_TODAY").optional(),
  description: optionalTextSchema(MAX_REQUEST_NOTE, { label: "Description" }),
  // Local hotel time; checked against the stay in kind-details.ts.
  wake_at: z.string("Use a time like 2026-05-31T07:30").regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Use a time like 2026-05-31T07:30").optional(),
  checkout_time: wallClockTimeSchema.optional(),
  note: optionalTextSchema(MAX_REQUEST_NOTE, { label: "Note" }),
});
export type GuestRequestInput = z.infer<typeof guestRequestSchema>;

export const doNotDisturbSchema = z.object({ on: z.boolean("on must be true or false") });

export const requestStatusSchema = z.enum(REQUEST_STATUSES, "Not a valid status");

/** POST /api/console/requests/{id}/status. Declining needs a reason the guest will see. */
export const staffRequestStatusSchema = z
  .object({
    status: requestStatusSchema,
    // The status the caller's screen shows: the move applies only from it (else 409 STATUS_CHANGED).
    from_status: requestStatusSchema,
    reason: optionalTextSchema(MAX_DECLINE_REASON, { label: "Reason" }),
  })
  .superRefine((v, ctx) => {
    if (v.status === "DECLINED" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason the guest will see" });
  });
export type StaffRequestStatusInput = z.infer<typeof staffRequestStatusSchema>;

/** GET /api/console/requests?department=&status=open|closed|all&before= */
export const staffRequestFiltersSchema = z
  .object({
    department: z.enum(REQUEST_DEPARTMENTS, "department must be HOUSEKEEPING, MAINTENANCE or FRONT_DESK").optional(),
    status: z.enum(["open", "closed", "all"], "status must be open, closed or all").optional().default("open"),
    before: requestIdSchema.optional(),
  })
  .strict();
export type StaffRequestFiltersInput = z.infer<typeof staffRequestFiltersSchema>;

// Request types (ADMIN). camelCase, as the console's other editors.
const ITEM_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const amenityItemSchema = z.object({
  key: z.string().regex(ITEM_KEY, "Use a short key of a-z, 0-9, _ and -"),
  label: requiredTextSchema(60, { singleLine: true }),
  max: z.number("Enter a number").int("Whole numbers only").min(1, "At least 1").max(MAX_ITEM_QUANTITY, `At most ${MAX_ITEM_QUANTITY}`),
  translations: labelTranslationsSchema.optional(),
});

export const requestTypeOptionsSchema = z
  .object({
    items: z
      .array(amenityItemSchema)
      .min(1, "At least one item")
      .max(20, "At most 20 items")
      .refine((a) => new Set(a.map((i) => i.key)).size === a.length, "Each key only once")
      .optional(),
    latestCheckout: wallClockTimeSchema.optional(),
  })
  .strict();

const typeFields = {
  name: requiredTextSchema(80, { singleLine: true }),
  description: optionalTextSchema(300),
  department: z.enum(REQUEST_DEPARTMENTS, "Choose HOUSEKEEPING, MAINTENANCE or FRONT_DESK"),
  targetMinutes: z.number("Enter a number").int("Whole minutes only").min(1, "At least 1 minute").max(1440, "At most 1440 minutes"),
  active: z.boolean(),
  position: z.number().int().min(0).max(10_000),
  options: requestTypeOptionsSchema,
  translations: textTranslationsSchema(80, 300),
};

type KindFields = { kind: (typeof REQUEST_KINDS)[number]; department?: string; options?: z.infer<typeof requestTypeOptionsSchema> };

/** What the kind needs of its options, and the department a late check-out must stay with: field → problems. */
export function kindProblems(v: KindFields): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (v.kind === "AMENITIES" && v.options && !v.options.items) out["options.items"] = ["List the items guests may ask for"];
  if (v.kind !== "AMENITIES" && v.options?.items) out["options.items"] = ["Only towels & amenities types list items"];
  if (v.kind !== "LATE_CHECKOUT" && v.options?.latestCheckout) out["options.latestCheckout"] = ["Only late check-out types have a latest time"];
  // Housekeeping never sees late check-outs: the desk decides them.
  if (v.kind === "LATE_CHECKOUT" && v.department !== undefined && v.department !== "FRONT_DESK") out.department = ["Late check-out stays with the front desk"];
  return out;
}

function kindRules(v: KindFields, ctx: z.RefinementCtx) {
  for (const [path, messages] of Object.entries(kindProblems(v))) for (const message of messages) ctx.addIssue({ code: "custom", path: path.split("."), message });
}

export const createRequestTypeSchema = z
  .object({
    kind: z.enum(REQUEST_KINDS, "Not a request kind"),
    ...typeFields,
    active: typeFields.active.optional().default(true),
    position: typeFields.position.optional(),
    options: typeFields.options.optional().default({}),
    translations: typeFields.translations.optional().default({}),
  })
  .superRefine(kindRules);
export type CreateRequestTypeInput = z.infer<typeof createRequestTypeSchema>;

/** PATCH: any of the fields; the kind never changes (past requests were asked in its form). */
export const updateRequestTypeSchema = z
  .object({
    name: typeFields.name.optional(),
    // Absent: unchanged; null or blank: removed.
    description: typeFields.description.optional(),
    department: typeFields.department.optional(),
    targetMinutes: typeFields.targetMinutes.optional(),
    active: typeFields.active.optional(),
    position: typeFields.position.optional(),
    options: typeFields.options.optional(),
    translations: typeFields.translations.optional(),
  })
  .strict();
export type UpdateRequestTypeInput = z.infer<typeof updateRequestTypeSchema>;
