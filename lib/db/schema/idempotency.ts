import { index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// One row per (scope, key) a client sent with a mutation: the hash of what it asked and what it
// got back, so a retry returns the first answer and a reused key with another body is refused.
// See lib/idempotency/run-once.ts.
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    response: jsonb("response"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_scope_created_idx").on(t.scope, t.createdAt)],
);
export type IdempotencyKey = typeof idempotencyKeys.$inferSelect;
