import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { idempotencyKeys } from "@/lib/db/schema";
import { purgeExpiredKeys, runOnce } from "./run-once";

const scope = () => `test:${randomUUID()}`;

function attempt(s: string, key: string, request: unknown, id: string) {
  return getDb().transaction((tx) => runOnce(tx, { scope: s, key, request }, async () => ({ result: id, stored: { id } })));
}

describe("runOnce", () => {
  it("does the work once per key and replays the stored answer for the same request", async () => {
    const s = scope();
    expect(await attempt(s, "key-00001", { a: 1, b: [1, 2] }, "first")).toEqual({ replayed: false, result: "first" });
    // Key order does not change the request.
    expect(await attempt(s, "key-00001", { b: [1, 2], a: 1 }, "second")).toEqual({ replayed: true, stored: { id: "first" } });
    expect(await attempt(s, "key-00002", { a: 1, b: [1, 2] }, "third")).toEqual({ replayed: false, result: "third" });
    // Another scope is another namespace.
    expect(await attempt(scope(), "key-00001", { a: 1 }, "fourth")).toMatchObject({ replayed: false });
  });

  it("refuses the same key with a different request (422)", async () => {
    const s = scope();
    await attempt(s, "key-00001", { a: 1 }, "first");
    await expect(attempt(s, "key-00001", { a: 2 }, "second")).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: 422 });
  });

  it("frees the key when the work fails", async () => {
    const s = scope();
    await expect(getDb().transaction((tx) => runOnce(tx, { scope: s, key: "key-00001", request: {} }, async () => Promise.reject(new Error("boom"))))).rejects.toThrow("boom");
    expect(await attempt(s, "key-00001", {}, "retry")).toEqual({ replayed: false, result: "retry" });
  });

  it("forgets keys after 24 hours: an expired key starts over, and the purge drops the rest", async () => {
    const s = scope();
    await attempt(s, "key-00001", { a: 1 }, "first");
    await attempt(s, "key-00002", { a: 1 }, "other");
    await getDb().update(idempotencyKeys).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(idempotencyKeys.scope, s));
    // Even with a different request: the old use is forgotten, not a reuse.
    expect(await attempt(s, "key-00001", { a: 2 }, "new")).toEqual({ replayed: false, result: "new" });
    expect(await purgeExpiredKeys(getDb())).toBeGreaterThanOrEqual(1);
    expect(await getDb().select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, s), eq(idempotencyKeys.key, "key-00002")))).toHaveLength(0);
    expect(await getDb().select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, s), eq(idempotencyKeys.key, "key-00001")))).toHaveLength(1);
    // Younger than a day: still remembered.
    await getDb().update(idempotencyKeys).set({ createdAt: sql`now() - interval '23 hours'` }).where(eq(idempotencyKeys.scope, s));
    expect(await attempt(s, "key-00001", { a: 2 }, "again")).toEqual({ replayed: true, stored: { id: "new" } });
  });
});
