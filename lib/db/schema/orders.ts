import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";
import { hotels } from "./hotels";
import { menuItems } from "./menus";
import { staffUsers } from "./staff";
import { guestBookingTokens } from "./tokens";

// Room-service and breakfast orders share one table, so the staff queue, the kitchen screen and
// the guest's history read one list. Breakfast-only columns are null on room service.

export const orderType = pgEnum("order_type", ["ROOM_SERVICE", "BREAKFAST"]);
export type OrderType = (typeof orderType.enumValues)[number];

export const orderStatus = pgEnum("order_status", ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED", "CANCELLED"]);
export type OrderStatus = (typeof orderStatus.enumValues)[number];

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    bookingId: uuid("booking_id").notNull().references(() => bookings.id),
    type: orderType("type").notNull(),
    status: orderStatus("status").notNull().default("PENDING"),
    // The link the order was placed with (the seed's ordered_via_token); null when staff placed it.
    orderedViaTokenId: uuid("ordered_via_token_id").references(() => guestBookingTokens.id),
    notes: text("notes"),
    // Allergies / dietary needs the guest declared for the whole order (codes of lib/menus/allergens).
    allergens: jsonb("allergens").$type<string[]>().notNull().default([]),
    allergyNote: text("allergy_note"),
    currency: text("currency").notNull(),
    // Integer minor units, computed on the server from the menu at ordering time.
    subtotalMinor: integer("subtotal_minor").notNull(),
    totalMinor: integer("total_minor").notNull(),
    // The promise the guest saw when ordering, kept; staff may give a newer one when accepting or later.
    promisedAt: timestamp("promised_at", { withTimezone: true }),
    etaAt: timestamp("eta_at", { withTimezone: true }),
    // Breakfast: the morning, the slot ("07:30") and how many guests.
    deliveryDate: date("delivery_date"),
    timeSlot: text("time_slot"),
    guests: integer("guests"),
    cancelReason: text("cancel_reason"),
    cancelledBy: text("cancelled_by"), // GUEST | STAFF
    lastStaffId: uuid("last_staff_id").references(() => staffUsers.id),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    readyAt: timestamp("ready_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("orders_hotel_status_idx").on(t.hotelId, t.status, t.createdAt),
    // The queue's newest-first pages and their (created_at, id) cursor read this backwards, so a
    // hotel with a million past orders answers its first page as fast as a new one.
    index("orders_hotel_created_idx").on(t.hotelId, t.createdAt, t.id),
    index("orders_booking_idx").on(t.bookingId, t.createdAt),
    index("orders_hotel_date_idx").on(t.hotelId, t.deliveryDate),
    // One live breakfast order per booking and morning.
    uniqueIndex("orders_breakfast_once_idx").on(t.bookingId, t.deliveryDate).where(sql`type = 'BREAKFAST' and status <> 'CANCELLED'`),
  ],
);
export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;

/** `groupName`/`label`: the hotel's words (kitchen, console); `guestGroupName`/`guestLabel`: what the guest saw, when another language. */
export type OrderLineOption = { groupId: string; groupName: string; choiceId: string; label: string; priceDeltaMinor: number; guestGroupName?: string; guestLabel?: string };

// Each line keeps the item's name, options and unit price at the time of ordering.
export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    menuItemId: uuid("menu_item_id").references(() => menuItems.id),
    position: integer("position").notNull(),
    // The dish in the hotel's language (what the kitchen and the console read)…
    name: text("name").notNull(),
    // …and as the guest saw it when ordering in another language (null: the same).
    guestName: text("guest_name"),
    options: jsonb("options").$type<OrderLineOption[]>().notNull().default([]),
    quantity: integer("quantity").notNull(),
    unitPriceMinor: integer("unit_price_minor").notNull(),
    lineTotalMinor: integer("line_total_minor").notNull(),
    instructions: text("instructions"),
    // Declared for this dish only, and the dish's own allergens as the menu listed them when ordered.
    allergens: jsonb("allergens").$type<string[]>().notNull().default([]),
    allergyNote: text("allergy_note"),
    contains: jsonb("contains").$type<string[]>().notNull().default([]),
  },
  (t) => [index("order_lines_order_idx").on(t.orderId, t.position)],
);
export type OrderLine = typeof orderLines.$inferSelect;
export type NewOrderLine = typeof orderLines.$inferInsert;
