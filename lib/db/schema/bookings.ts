import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { hotels, rooms } from "./hotels";
import { staffUsers } from "./staff";

export const bookingStatus = pgEnum("booking_status", ["CONFIRMED", "CANCELLED", "NO_SHOW"]);
export type BookingStatus = (typeof bookingStatus.enumValues)[number];

export type PrecheckinAnswers = {
  arrivalTime: string;
  adults: number;
  children: number;
  phone: string | null;
  specialRequests: string | null;
};

export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    // Public reference such as BK-2026-0042, numbered per hotel. It also names the guest's
    // channels, which carry no hotel, so it stays unique across hotels too.
    reference: text("reference").notNull().unique(),
    primaryGuestName: text("primary_guest_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    // The guest's language as the hotel knows it (null: not known; the browser's, then the hotel's).
    language: text("language"),
    adults: integer("adults").notNull().default(1),
    children: integer("children").notNull().default(0),
    checkInDate: date("check_in_date").notNull(),
    checkOutDate: date("check_out_date").notNull(),
    roomId: uuid("room_id").references(() => rooms.id),
    status: bookingStatus("status").notNull().default("CONFIRMED"),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    checkedOutAt: timestamp("checked_out_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    precheckin: jsonb("precheckin").$type<PrecheckinAnswers>(),
    precheckinSubmittedAt: timestamp("precheckin_submitted_at", { withTimezone: true }),
    notes: text("notes"),
    // An approved late check-out: local "HH:MM" on the departure day (null: the hotel's check-out time).
    lateCheckoutTime: text("late_checkout_time"),
    // Do not disturb: a room state housekeeping sees until the guest lifts it or checks out.
    doNotDisturbSince: timestamp("do_not_disturb_since", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("bookings_hotel_dates_idx").on(t.hotelId, t.checkInDate, t.checkOutDate),
    check("bookings_language", sql`${t.language} in ('en', 'pt', 'de', 'fr', 'es', 'ar')`),
    uniqueIndex("bookings_hotel_reference_idx").on(t.hotelId, t.reference),
    // One guest in a room at a time: two concurrent check-ins into one room cannot both commit.
    uniqueIndex("bookings_room_occupied_idx")
      .on(t.roomId)
      .where(sql`${t.checkedInAt} is not null and ${t.checkedOutAt} is null and ${t.status} = 'CONFIRMED'`),
  ],
);
export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;

// Audit trail of stay actions (check-in, check-out, cancel, link emailed …). Never deleted.
export const bookingEvents = pgTable(
  "booking_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    bookingId: uuid("booking_id").notNull().references(() => bookings.id),
    staffId: uuid("staff_id").references(() => staffUsers.id),
    kind: text("kind").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("booking_events_booking_idx").on(t.bookingId, t.createdAt)],
);
export type BookingEvent = typeof bookingEvents.$inferSelect;
