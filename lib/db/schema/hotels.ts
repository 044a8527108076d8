import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import type { GuestLanguage } from "./languages";

/** The guide's fields, all optional; texts in the hotel's language with per-language translations. */
export type HotelGuide = {
  wifi?: { network: string; password: string };
  hours?: { key: string; label: string; value: string }[];
  contacts?: { label: string; value: string }[];
  houseRules?: string;
  tips?: { title: string; text: string }[];
  translations?: Partial<Record<GuestLanguage, { hours?: Record<string, string>; houseRules?: string; tips?: { title: string; text: string }[]; contacts?: Record<string, string> }>>;
};

export const hotels = pgTable("hotels", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  // Starts every booking reference of this hotel ({PREFIX}-{YYYY}-{NNNN}): 2–6 of A-Z0-9, unique, so
  // references (which name guest channels carrying no hotel) never clash across hotels.
  referencePrefix: text("reference_prefix").notNull().unique(),
  name: text("name").notNull(),
  timezone: text("timezone").notNull().default("Europe/London"),
  currency: text("currency").notNull().default("EUR"),
  // The front desk's number, shown to guests wherever the portal cannot help them further.
  phone: text("phone"),
  // Local wall-clock times "HH:MM" in the hotel's time zone.
  roomServiceOpens: text("room_service_opens").notNull().default("07:00"),
  roomServiceCloses: text("room_service_closes").notNull().default("23:00"),
  breakfastCutoff: text("breakfast_cutoff").notNull().default("22:00"),
  breakfastServingStart: text("breakfast_serving_start").notNull().default("07:00"),
  breakfastServingEnd: text("breakfast_serving_end").notNull().default("10:30"),
  defaultPrepMinutes: integer("default_prep_minutes").notNull().default(30),
  // Breakfast slots of this many minutes between serving start and end; null capacity = no limit.
  breakfastSlotMinutes: integer("breakfast_slot_minutes").notNull().default(30),
  breakfastSlotCapacity: integer("breakfast_slot_capacity"),
  // The kitchen screen colours a ticket's age at these thresholds (minutes).
  kitchenWarnMinutes: integer("kitchen_warn_minutes").notNull().default(10),
  kitchenLateMinutes: integer("kitchen_late_minutes").notNull().default(20),
  // The number the hotel's next booking reference gets in `bookingNumberYear`: one counter per hotel
  // and year, so a reference tells a guest nothing about the platform's other hotels.
  nextBookingNumber: integer("next_booking_number").notNull().default(1),
  bookingNumberYear: integer("booking_number_year"),
  // Chat: email the guest about a staff reply still unseen after this many minutes (at most hourly).
  chatEmailAfterMinutes: integer("chat_email_after_minutes").notNull().default(5),
  // The guest language used when neither the guest, the booking nor the browser names one of ours,
  // and the fallback of every translated menu text (lib/i18n/locales.ts).
  defaultLanguage: text("default_language").notNull().default("en"),
  // Local "HH:MM" on the departure day; a booking's approved late check-out overrides it.
  checkOutTime: text("check_out_time").notNull().default("11:00"),
  // The hotel guide on the portal (Wi-Fi, hours, contacts, rules, tips): lib/hotels/guide.ts.
  guide: jsonb("guide").$type<HotelGuide>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // "BK" started every reference before prefixes existed; those references are kept, so no hotel gets it.
  check("hotels_reference_prefix_format", sql`${t.referencePrefix} ~ '^[A-Z0-9]{2,6}$' and ${t.referencePrefix} <> 'BK'`),
  check("hotels_default_language", sql`${t.defaultLanguage} in ('en', 'pt', 'de', 'fr', 'es', 'ar')`),
]);
export type Hotel = typeof hotels.$inferSelect;
export type NewHotel = typeof hotels.$inferInsert;

export const rooms = pgTable(
  "rooms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    number: text("number").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("rooms_hotel_number_idx").on(t.hotelId, t.number)],
);
export type Room = typeof rooms.$inferSelect;
export type NewRoom = typeof rooms.$inferInsert;
