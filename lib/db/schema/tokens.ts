import { bigserial, boolean, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";
import { hotels } from "./hotels";
import { staffUsers } from "./staff";

export const tokenPurpose = pgEnum("token_purpose", ["STATUS", "PRECHECKIN", "ROOM_SERVICES", "CHAT", "FULL_ACCESS"]);
export type TokenPurpose = (typeof tokenPurpose.enumValues)[number];

export const guestBookingTokens = pgTable(
  "guest_booking_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bookingId: uuid("booking_id").notNull().references(() => bookings.id),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    // Hex SHA-256 of the raw token; the raw token is never stored.
    tokenHash: text("token_hash").notNull().unique(),
    purpose: tokenPurpose("purpose").notNull(),
    canOrderServices: boolean("can_order_services").notNull().default(true),
    canChat: boolean("can_chat").notNull().default(true),
    // Free text for staff, e.g. "Sent to anna@example.com" or "Second guest".
    label: text("label"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
    replacedByTokenId: uuid("replaced_by_token_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdByStaffId: uuid("created_by_staff_id").references(() => staffUsers.id),
  },
  (t) => [index("guest_tokens_booking_idx").on(t.bookingId)],
);
export type GuestBookingToken = typeof guestBookingTokens.$inferSelect;
export type NewGuestBookingToken = typeof guestBookingTokens.$inferInsert;

// Audit of token use. Holds ids and hashes of the caller's IP, never a raw token.
export const tokenEvents = pgTable(
  "token_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tokenId: uuid("token_id").references(() => guestBookingTokens.id),
    hotelId: uuid("hotel_id").references(() => hotels.id),
    bookingId: uuid("booking_id").references(() => bookings.id),
    kind: text("kind").notNull(), // ISSUED | USED | REVOKED | REJECTED
    reason: text("reason"),
    ipHash: text("ip_hash"),
    userAgent: text("user_agent"),
    // Refusals are aggregated: one row stands for `count` alike refusals (same reason, token and
    // address) seen within a few seconds from `created_at`, so guessing cannot multiply writes.
    count: integer("count").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("token_events_token_idx").on(t.tokenId, t.createdAt)],
);
export type TokenEvent = typeof tokenEvents.$inferSelect;
