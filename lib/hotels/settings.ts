import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { hotels, menuItems, orders, type Hotel } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { roomServiceAllDay } from "@/lib/menus/hours";
import { isValidTimeZone } from "@/lib/time/zoned";
import { requiredTextSchema, wallClockTimeSchema } from "@/lib/validation/fields";

const currencies = new Set<string>(Intl.supportedValuesOf("currency"));

export const hotelSettingsSchema = z
  .object({
    name: requiredTextSchema(120, { min: 2, required: "At least 2 characters", singleLine: true }),
    timezone: z.string().trim().refine(isValidTimeZone, "Unknown time zone (use an IANA name like Europe/Lisbon)"),
    currency: z.string().trim().toUpperCase().refine((c) => currencies.has(c), "Unknown currency (use an ISO 4217 code like EUR)"),
    // Empty = none. Shown to guests as a tel: link, so only what a phone number is made of.
    phone: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      z.string().trim().regex(/^\+?[0-9][0-9 ()./-]{4,28}[0-9]$/, "Use a phone number like +351 21 000 0000").nullable().optional().default(null),
    ),
    roomServiceOpens: wallClockTimeSchema,
    roomServiceCloses: wallClockTimeSchema,
    // Round the clock: stored as equal opening and closing times, which the hours rule reads as all day.
    roomServiceAllDay: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).optional().default(false),
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
    // The guests' language when neither they, their booking nor their browser name one of ours.
    // Optional, so a client that predates it keeps the saved one.
    defaultLanguage: z.enum(LOCALES, { error: `Choose one of the languages offered (${LOCALES.join(", ")})` }).optional(),
  })
  .superRefine((v, ctx) => {
    // Equal times would silently mean round the clock (the hours rule): only when asked for.
    if (!v.roomServiceAllDay && roomServiceAllDay(v)) {
      ctx.addIssue({ code: "custom", path: ["roomServiceCloses"], message: "Closing time must differ from opening time (or choose open 24 hours)" });
    }
    if (v.kitchenLateMinutes <= v.kitchenWarnMinutes) ctx.addIssue({ code: "custom", path: ["kitchenLateMinutes"], message: "Must be later than the warning" });
    if (v.breakfastServingEnd <= v.breakfastServingStart) ctx.addIssue({ code: "custom", path: ["breakfastServingEnd"], message: "Serving must end after it starts" });
  })
  .transform(({ roomServiceAllDay, ...v }) => (roomServiceAllDay ? { ...v, roomServiceOpens: "00:00", roomServiceCloses: "00:00" } : v));
export type HotelSettingsInput = z.infer<typeof hotelSettingsSchema>;

export const HOTEL_SETTING_FIELDS = ["name", "timezone", "currency", "phone", "roomServiceOpens", "roomServiceCloses", "breakfastCutoff", "breakfastServingStart", "breakfastServingEnd", "defaultPrepMinutes", "breakfastSlotMinutes", "breakfastSlotCapacity", "kitchenWarnMinutes", "kitchenLateMinutes", "chatEmailAfterMinutes", "defaultLanguage"] as const;

/**
 * Saves the hotel's settings (ADMIN only; the caller checks the role). The currency may change only
 * while nothing is priced in it: menu prices are stored as bare minor units and orders keep their
 * currency, so a change would re-denominate every price (409 instead).
 */
export async function updateHotelSettings(opts: { hotelId: string; input: HotelSettingsInput }): Promise<Hotel> {
  return transaction(async (tx) => {
    // The hotel row's lock: an item or order written meanwhile (its foreign key takes a key-share
    // lock on this row) either commits first and is counted, or waits for this change.
    const [current] = await tx.select().from(hotels).where(eq(hotels.id, opts.hotelId)).for("update");
    if (!current) throw new AppError("NOT_FOUND", "Hotel not found");
    if (opts.input.currency !== current.currency && (await hasPrices(tx, opts.hotelId))) {
      throw new AppError("CONFLICT", `The currency cannot change once menu items are priced or orders exist: they are in ${current.currency}`, {
        currency: [`Stays ${current.currency}: menu prices and orders are in it`],
      });
    }
    const [h] = await tx.update(hotels).set(opts.input).where(eq(hotels.id, opts.hotelId)).returning();
    return h!;
  });
}

async function hasPrices(tx: Tx, hotelId: string): Promise<boolean> {
  const [item] = await tx.select({ id: menuItems.id }).from(menuItems).where(and(eq(menuItems.hotelId, hotelId), isNull(menuItems.deletedAt), gt(menuItems.priceMinor, 0))).limit(1);
  if (item) return true;
  const [order] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.hotelId, hotelId)).limit(1);
  return Boolean(order);
}
