import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";
import { hotels } from "./hotels";
import { staffUsers } from "./staff";

// Every email the app sends (or, with no SMTP configured, keeps in the dev outbox).
export const emailMessages = pgTable(
  "email_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    bookingId: uuid("booking_id").references(() => bookings.id),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    transport: text("transport").notNull(), // smtp | dev-outbox
    status: text("status").notNull(), // SENT | FAILED
    error: text("error"),
    sentByStaffId: uuid("sent_by_staff_id").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("email_messages_hotel_idx").on(t.hotelId, t.createdAt)],
);
export type EmailMessage = typeof emailMessages.$inferSelect;
