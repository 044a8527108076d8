import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, integer } from "drizzle-orm/pg-core";
import type { GuestLanguage as Locale } from "./languages";
import { bookings } from "./bookings";
import { hotels } from "./hotels";
import { staffUsers } from "./staff";

// Guest chat with the front desk: one conversation per booking, its messages, and the hotel's
// saved quick replies.

export const conversationStatus = pgEnum("conversation_status", ["OPEN", "RESOLVED"]);
export type ConversationStatus = (typeof conversationStatus.enumValues)[number];

export const chatSender = pgEnum("chat_sender", ["GUEST", "STAFF"]);
export type ChatSender = (typeof chatSender.enumValues)[number];

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    // One conversation per booking: the unique index makes a concurrent first "start" safe.
    bookingId: uuid("booking_id").notNull().unique().references(() => bookings.id),
    status: conversationStatus("status").notNull().default("OPEN"),
    assignedStaffId: uuid("assigned_staff_id").references(() => staffUsers.id),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    // When the desk last resolved it; cleared when it reopens (the reports' resolution time).
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    // Read marks: the highest message id each side has seen (ids grow with time).
    guestReadUpTo: bigint("guest_read_up_to", { mode: "number" }),
    staffReadUpTo: bigint("staff_read_up_to", { mode: "number" }),
    // Email fallback: when the guest was last emailed about an unseen reply (at most once an hour).
    guestEmailedAt: timestamp("guest_emailed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversations_hotel_activity_idx").on(t.hotelId, t.lastActivityAt)],
);
export type Conversation = typeof conversations.$inferSelect;
export type NewConversation = typeof conversations.$inferInsert;

export const chatMessages = pgTable(
  "chat_messages",
  {
    // A growing integer: pagination (`before=<id>`) and read marks compare ids.
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    conversationId: uuid("conversation_id").notNull().references(() => conversations.id),
    sender: chatSender("sender").notNull(),
    staffId: uuid("staff_id").references(() => staffUsers.id),
    body: text("body").notNull(),
    // The sender's own id for a message, so a retried send returns the first message, never a copy.
    clientId: text("client_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("chat_messages_conversation_idx").on(t.conversationId, t.id),
    uniqueIndex("chat_messages_client_id_idx").on(t.conversationId, t.clientId),
  ],
);
export type ChatMessage = typeof chatMessages.$inferSelect;
export type NewChatMessage = typeof chatMessages.$inferInsert;

export const chatQuickReplies = pgTable(
  "chat_quick_replies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    // The reply's text in other guest languages (the console offers the guest's); `body` is the default.
    translations: jsonb("translations").$type<Partial<Record<Locale, string>>>().notNull().default({}),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("chat_quick_replies_hotel_idx").on(t.hotelId, t.position)],
);
export type ChatQuickReply = typeof chatQuickReplies.$inferSelect;
