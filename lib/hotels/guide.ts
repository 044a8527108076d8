import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { stayState } from "@/lib/bookings/stay-rules";
import { getDb } from "@/lib/db/client";
import { hotels, type Hotel, type HotelGuide } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { translationLocale } from "@/lib/menus/translations";
import type { GuestAccess } from "@/lib/tokens/validate";
import { optionalTextSchema, requiredTextSchema, wallClockTimeSchema } from "@/lib/validation/fields";

// The hotel guide on the portal: Wi-Fi, opening hours, contacts, house rules and tips, written in
// the hotel's language with translations per guest language (field by field, the hotel's words as
// the fallback, as the menu). The Wi-Fi password goes only to guests in house.

const line = (max: number) => requiredTextSchema(max, { singleLine: true });
const HOUR_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const translationSchema = z
  .object({
    hours: z.record(z.string().regex(HOUR_KEY, "Not an hours key"), line(60)).optional(),
    contacts: z.record(z.string().max(60), line(60)).optional(),
    houseRules: optionalTextSchema(2000).transform((v) => v ?? undefined),
    tips: z.array(z.object({ title: line(80), text: requiredTextSchema(500) }).strict()).max(20, "At most 20 tips").optional(),
  })
  .strict();

export const hotelGuideSchema = z
  .object({
    wifi: z.object({ network: line(64), password: optionalTextSchema(128, { singleLine: true }).transform((v) => v ?? "") }).strict().nullish(),
    hours: z
      .array(z.object({ key: z.string().regex(HOUR_KEY, "Use a short key of a-z, 0-9, _ and -"), label: line(60), value: line(120) }).strict())
      .max(20, "At most 20 lines")
      .refine((a) => new Set(a.map((h) => h.key)).size === a.length, "Each key only once")
      .optional(),
    contacts: z.array(z.object({ label: line(60), value: line(120) }).strict()).max(20, "At most 20 contacts").optional(),
    houseRules: optionalTextSchema(2000),
    tips: z.array(z.object({ title: line(80), text: requiredTextSchema(500) }).strict()).max(20, "At most 20 tips").optional(),
    translations: z
      .record(z.string(), translationSchema)
      .superRefine((r, ctx) => {
        for (const key of Object.keys(r)) if (!isLocale(key)) ctx.addIssue({ code: "custom", path: [key], message: `Not a guest language (${LOCALES.join(", ")})` });
      })
      .optional(),
  })
  .strict();

/** PUT /api/console/hotel/guide: the whole guide, and optionally the hotel's check-out time. */
export const guideUpdateSchema = z.object({ guide: hotelGuideSchema, checkOutTime: wallClockTimeSchema.optional() }).strict();
export type GuideUpdateInput = z.infer<typeof guideUpdateSchema>;

/** The stored shape: empty parts left out. */
function toStored(g: z.infer<typeof hotelGuideSchema>): HotelGuide {
  const out: HotelGuide = {};
  if (g.wifi) out.wifi = { network: g.wifi.network, password: g.wifi.password };
  if (g.hours?.length) out.hours = g.hours;
  if (g.contacts?.length) out.contacts = g.contacts;
  if (g.houseRules) out.houseRules = g.houseRules;
  if (g.tips?.length) out.tips = g.tips;
  if (g.translations && Object.keys(g.translations).length) out.translations = g.translations as HotelGuide["translations"];
  return out;
}

export type StaffGuideView = { guide: HotelGuide; checkOutTime: string };

export async function readHotelGuide(hotelId: string): Promise<StaffGuideView> {
  const [h] = await getDb().select({ guide: hotels.guide, checkOutTime: hotels.checkOutTime }).from(hotels).where(eq(hotels.id, hotelId));
  if (!h) throw new AppError("NOT_FOUND", "Hotel not found");
  return { guide: h.guide, checkOutTime: h.checkOutTime };
}

export async function saveHotelGuide(hotelId: string, input: GuideUpdateInput): Promise<StaffGuideView> {
  return transaction(async (tx) => {
    const [h] = await tx
      .update(hotels)
      .set({ guide: toStored(input.guide), ...(input.checkOutTime ? { checkOutTime: input.checkOutTime } : {}) })
      .where(eq(hotels.id, hotelId))
      .returning({ guide: hotels.guide, checkOutTime: hotels.checkOutTime });
    if (!h) throw new AppError("NOT_FOUND", "Hotel not found");
    return { guide: h.guide, checkOutTime: h.checkOutTime };
  });
}

export type GuestGuideView = {
  hotel: { name: string; phone: string | null };
  check_out_time: string;
  /** The booking's approved late check-out (HH:MM), else null. */
  late_checkout_time: string | null;
  /** Only while the guest is checked in (and not out); null otherwise. */
  wifi: { network: string; password: string } | null;
  hours: { key: string; label: string; value: string }[];
  contacts: { label: string; value: string }[];
  house_rules: string | null;
  tips: { title: string; text: string }[];
};

/** The guide as a guest reads it, in `language` where translated. Pure. */
export function guestGuideView(hotel: Pick<Hotel, "name" | "phone" | "guide" | "checkOutTime" | "defaultLanguage">, booking: GuestAccess["booking"], language: Locale | null): GuestGuideView {
  const g = hotel.guide;
  const locale = translationLocale(language, hotel.defaultLanguage);
  const t = locale ? g.translations?.[locale] : undefined;
  return {
    hotel: { name: hotel.name, phone: hotel.phone },
    check_out_time: hotel.checkOutTime,
    late_checkout_time: booking.lateCheckoutTime,
    wifi: g.wifi && stayState(booking) === "in_house" ? { network: g.wifi.network, password: g.wifi.password } : null,
    hours: (g.hours ?? []).map((h) => ({ key: h.key, label: t?.hours?.[h.key] ?? h.label, value: h.value })),
    contacts: (g.contacts ?? []).map((c) => ({ label: t?.contacts?.[c.label] ?? c.label, value: c.value })),
    house_rules: t?.houseRules ?? g.houseRules ?? null,
    tips: (g.tips ?? []).map((tip, i) => t?.tips?.[i] ?? tip),
  };
}
