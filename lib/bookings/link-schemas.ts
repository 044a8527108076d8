import { z } from "zod";
import { tokenPurpose } from "@/lib/db/schema";
import { MAX_EXPIRY_DAYS } from "@/lib/tokens/expiry";
import { countSchema, optionalTextSchema, requiredTextSchema } from "@/lib/validation/fields";
import { idempotencyKeySchema } from "@/lib/idempotency/key";

// Booleans from JSON clients, "on"/"true"/"false" from forms (the console sends every checkbox).
// Left out, a flag keeps the seed's default: allowed (the purpose still limits it).
const flag = z.preprocess((v) => (v === undefined ? true : v === true || v === "on" || v === "true"), z.boolean());

export const issueLinkSchema = z.object({
  purpose: z.enum(tokenPurpose.enumValues, { error: "Choose what the link opens" }),
  canOrderServices: flag,
  canChat: flag,
  // Empty means the default: end of the check-out day plus the grace period.
  expiresDays: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    countSchema.pipe(z.number().min(1, "At least 1 day").max(MAX_EXPIRY_DAYS, `At most ${MAX_EXPIRY_DAYS} days`)).optional(),
  ),
  label: optionalTextSchema(80, { singleLine: true }),
  idempotencyKey: idempotencyKeySchema,
});
export type IssueLinkInput = z.infer<typeof issueLinkSchema>;

export const revokeLinkSchema = z.object({ reason: requiredTextSchema(200, { min: 3, required: "Say why (at least 3 characters)" }) });
export type RevokeLinkInput = z.infer<typeof revokeLinkSchema>;

export const replaceLinkSchema = z.object({
  reason: optionalTextSchema(200).transform((v) => v ?? "Replaced by staff"),
  idempotencyKey: idempotencyKeySchema,
});
export type ReplaceLinkInput = z.infer<typeof replaceLinkSchema>;

export const emailLinkSchema = issueLinkSchema.omit({ label: true }).extend({
  to: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
});
export type EmailLinkInput = z.infer<typeof emailLinkSchema>;
