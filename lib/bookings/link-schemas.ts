import { z } from "zod";
import { tokenPurpose } from "@/lib/db/schema";
import { MAX_EXPIRY_DAYS } from "@/lib/tokens/expiry";
import { countSchema } from "@/lib/validation/fields";
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
  label: z.string().trim().max(80, "At most 80 characters").optional().transform((v) => v || null),
  idempotencyKey: idempotencyKeySchema,
});
export type IssueLinkInput = z.infer<typeof issueLinkSchema>;

export const revokeLinkSchema = z.object({ reason: z.string().trim().min(3, "Say why (at least 3 characters)").max(200, "At most 200 characters") });
export type RevokeLinkInput = z.infer<typeof revokeLinkSchema>;

export const replaceLinkSchema = z.object({
  reason: z.string().trim().max(200, "At most 200 characters").optional().transform((v) => v || "Replaced by staff"),
  idempotencyKey: idempotencyKeySchema,
});
export type ReplaceLinkInput = z.infer<typeof replaceLinkSchema>;

export const emailLinkSchema = issueLinkSchema.omit({ label: true }).extend({
  to: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
});
export type EmailLinkInput = z.infer<typeof emailLinkSchema>;
