import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { hotels, type Hotel } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { isValidTimeZone } from "@/lib/time/zoned";
import { requiredTextSchema, wallClockTimeSchema } from "@/lib/validation/fields";

const currencies = new Set<string>(Intl.supportedValuesOf("currency"));

export const hotelSettingsSchema = z
  .object({
    name: requiredTextSchema(120, { min: 2, required: "At least 2 characters", singleLine: true }),
    timezone: z.string().trim().refine(isValidTimeZone, "Unknown time zone (use an IANA name like Europe/Lisbon)"),
    currency: z.string().trim().toUpperCase().refine((c) => currencies.has(c), "Unknown currency (use an ISO 4217 code like EUR)"),
    roomServiceOpens: wallClockTimeSchema,
    roomServiceCloses: wallClockTimeSchema,
    breakfastCutoff: wallClockTimeSchema,
    breakfastServingStart: wallClockTimeSchema,
    breakfastServingEnd: wallClockTimeSchema,
    defaultPrepMinutes: z.coerce.number({ error: "Enter a number" }).int("Whole minutes only").min(1, "At least 1 minute").max(240, "At most 240 minutes"),
    breakfastSlotMinutes: z.coerce.number({ error: "Enter a number" }).int("Whole minutes only").min(10, "At least 10 minutes").max(120, "At most 120 minutes"),
    // Empty = no limit per slot.
    breakfastSlotCapacity: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number({ error: "Enter a number" }).int("Whole guests only").min(1, "At least 1").max(1000, "At most 1000").nullable()),
    kitchenWarnMinutes: z.coerce.number({ error: "Enter a number" }).int("Whole minutes only").min(1, "At least 1 minute").max(240, "At most 240 minutes"),
    kitchenLateMinutes: z.coerce.number({ error: "Enter a number" }).int("Whole minutes only").min(1, "At least 1 minute").max(480, "At most 480 minutes"),
    chatEmailAfterMinutes: z.coerce.number({ error: "Enter a number" }).int("Whole minutes only").min(1, "At least 1 minute").max(1440, "At most 1440 minutes"),
  })
  .superRefine((v, ctx) => {
    if (v.roomServiceOpens === v.roomServiceCloses) ctx.addIssue({ code: "custom", path: ["roomServiceCloses"], message: "Closing time must differ from opening time" });
    if (v.kitchenLateMinutes <= v.kitchenWarnMinutes) ctx.addIssue({ code: "custom", path: ["kitchenLateMinutes"], message: "Must be later than the warning" });
    if (v.breakfastServingEnd <= v.breakfastServingStart) ctx.addIssue({ code: "custom", path: ["breakfastServingEnd"], message: "Serving must end after it starts" });
  });
export type HotelSettingsInput = z.infer<typeof hotelSettingsSchema>;

export const HOTEL_SETTING_FIELDS = ["name", "timezone", "currency", "roomServiceOpens", "roomServiceCloses", "breakfastCutoff", "breakfastServingStart", "breakfastServingEnd", "defaultPrepMinutes", "breakfastSlotMinutes", "breakfastSlotCapacity", "kitchenWarnMinutes", "kitchenLateMinutes", "chatEmailAfterMinutes"] as const;

/** Saves the hotel's settings (ADMIN only; the caller checks the role). */
export async function updateHotelSettings(opts: { hotelId: string; input: HotelSettingsInput }): Promise<Hotel> {
  const [h] = await getDb().update(hotels).set(opts.input).where(eq(hotels.id, opts.hotelId)).returning();
  if (!h) throw new AppError("NOT_FOUND", "Hotel not found");
  return h;
}
