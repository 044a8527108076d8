import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Transactional outbox: domain code writes rows here in the same transaction as the change;
// the realtime dispatcher delivers them to Pusher and marks them delivered (or dead).
export const outboxEvents = pgTable(
  "outbox_events",
  {
    id: uuid("id").primaryKey().defaultRandom(), // also the event id clients dedupe on
    // Delivery order: a sequence, not created_at (which is the transaction's start time).
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    channels: jsonb("channels").$type<string[]>().notNull(), // empty for effect-only events
    name: text("name").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Due time (database clock): pushed back by a lease while a dispatcher holds the row, or by backoff.
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    // The holder of the current lease; a dispatcher settles a row only while it still holds it.
    leaseToken: uuid("lease_token"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    // Set after too many failed attempts; shown to ADMIN in the console, who may retry it.
    deadAt: timestamp("dead_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_due_idx").on(t.availableAt, t.seq).where(sql`${t.deliveredAt} is null and ${t.deadAt} is null`),
    index("outbox_dead_idx").on(t.deadAt).where(sql`${t.deadAt} is not null`),
    index("outbox_delivered_idx").on(t.deliveredAt).where(sql`${t.deliveredAt} is not null`),
  ],
);
export type OutboxEvent = typeof outboxEvents.$inferSelect;
export type NewOutboxEvent = typeof outboxEvents.$inferInsert;
