import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hotels } from "@/lib/db/schema";
import { hashPassword } from "@/lib/staff/password";
import { afterCommit, inTransaction, transaction } from "./transaction";

describe("transaction()", () => {
  it("getDb() inside a transaction throws instead of waiting for a second connection forever", async () => {
    await expect(
      transaction(async (tx) => {
        await tx.select().from(hotels).limit(1);
        return getDb().select().from(hotels).limit(1);
      }),
    ).rejects.toThrow(/getDb\(\) inside a transaction/);
    // …and the process is not stuck: the next transaction and getDb() work.
    expect(await transaction(async () => inTransaction())).toBe(true);
    expect(inTransaction()).toBe(false);
    await expect(getDb().select().from(hotels).limit(1)).resolves.toBeDefined();
  });

  it("refuses a nested transaction() and slow non-database work such as bcrypt", async () => {
    await expect(transaction(() => transaction(async () => 1))).rejects.toThrow(/transaction\(\) inside a transaction/);
    await expect(transaction(() => hashPassword("correct horse battery"))).rejects.toThrow(/Password hashing inside a transaction/);
  });

  it("runs after-commit hooks once, after the commit, and never after a rollback", async () => {
    const slug = `tx-${Date.now().toString(36)}`;
    const seen: string[] = [];
    await transaction(async (tx) => {
      await tx.insert(hotels).values({ slug, name: "Hook Hotel", referencePrefix: `X${randomBytes(3).toString("hex").slice(0, 5).toUpperCase()}`, timezone: "UTC" });
      const hook = () => void getDb().select().from(hotels).where(eq(hotels.slug, slug)).then((r) => seen.push(`committed:${r.length}`));
      afterCommit(hook);
      afterCommit(hook); // same hook twice → once
      seen.push("in-tx");
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(["in-tx", "committed:1"]);

    let ran = false;
    await expect(
      transaction(async () => {
        afterCommit(() => (ran = true));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(ran).toBe(false);
    expect(() => afterCommit(() => {})).toThrow(/outside transaction/);
  });
});
