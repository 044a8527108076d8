import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { idempotencyKeySchema } from "@/lib/idempotency/key";
import { countSchema, isoDateSchema, optionalIsoDateSchema, optionalTextSchema, requiredTextSchema } from "@/lib/validation/fields";

// One set of schemas for the console forms and the route handlers behind them.

const languageChoice = z.enum(LOCALES, { error: `Choose one of the languages offered (${LOCALES.join(", ")}) or leave it not known` }).nullable();

/**
 * The guest's language as the hotel knows it: one of ours, or null ("Not known": the guest's
 * browser, then the hotel's default decide). A form's empty option and an absent field are null.
 */
export const guestLanguageSchema = z.preprocess((v) => (v === "" || v === undefined ? null : v), languageChoice);

export const createBookingSchema = z
  .object({
    guestName: requiredTextSchema(120, { min: 2, required: "Enter the guest's name", singleLine: true }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(200)
      .refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid email address")
      .transform((v) => (v === "" ? null : v))
      .nullish()
      .transform((v) => v ?? null),
    phone: optionalTextSchema(40).refine((v) => v === null || /^[+0-9 ()-]{5,40}$/.test(v), "Enter a valid phone number"),
    adults: countSchema.pipe(z.number().min(1, "At least 1 adult").max(10, "At most 10")),
    children: countSchema.pipe(z.number().min(0, "Cannot be negative").max(10, "At most 10")),
    checkInDate: isoDateSchema,
    checkOutDate: isoDateSchema,
    notes: optionalTextSchema(1000),
    language: guestLanguageSchema,
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine((v, ctx) => {
    if (v.checkOutDate <= v.checkInDate) ctx.addIssue({ code: "custom", path: ["checkOutDate"], message: "Check-out must be after check-in" });
  });
export type CreateBookingInput = z.infer<typeof createBookingSchema>;

/** What staff may change on an existing booking: for now its guest's language, which must be sent (`null` or "": not known). */
export const updateBookingSchema = z.object({ language: z.preprocess((v) => (v === "" ? null : v), languageChoice) });
export type UpdateBookingInput = z.infer<typeof updateBookingSchema>;

const stayFilterValues = ["upcoming", "in_house", "departed", "cancelled"] as const;

export const searchBookingsSchema = z.object({
  q: z.string().trim().max(100).optional().transform((v) => v || undefined),
  status: z.enum(stayFilterValues).optional().or(z.literal("").transform(() => undefined)),
  from: optionalIsoDateSchema,
  to: optionalIsoDateSchema,
});
export type SearchBookingsInput = z.infer<typeof searchBookingsSchema>;

export const checkInSchema = z.object({ roomId: z.string().uuid("Choose a room") });
export type CheckInInput = z.infer<typeof checkInSchema>;

export const cancelBookingSchema = z.object({ reason: requiredTextSchema(300, { min: 3, required: "Say why (at least 3 characters)" }) });
export type CancelBookingInput = z.infer<typeof cancelBookingSchema>;
