import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { outboxEvents } from "@/lib/db/schema";
import { transaction } from "@/lib/db/transaction";
import { testBooking, testHotel } from "@/lib/testing/fixtures";
import { guestBookingChannel, staffBookingsChannel } from "./channels";
import { listDeadEvents, retryDeadEvent } from "./dead-events";

async function deadRow(channels: string[], name: string, payload: Record<string, unknown>) {
  const [row] = await transaction((tx) => tx.insert(outboxEvents).values({ channels, name, payload }).returning({ id: outboxEvents.id }));
  await getDb().update(outboxEvents).set({ deadAt: sql`now()`, attempts: 5, lastError: "400 refused" }).where(eq(outboxEvents.id, row!.id));
  return row!.id;
}

describe("dead events in the console", () => {
  it("an ADMIN sees only their hotel's dead events, and only they can put one back in the queue", async () => {
    const [a, b] = [await testHotel(), await testHotel()];
    const booking = await testBooking(a, "in_house");
    const guestDead = await deadRow([guestBookingChannel(booking.reference)], "booking.updated", { booking_id: booking.reference, fields: ["x"] });
    const staffDead = await deadRow([staffBookingsChannel(a.slug)], "staff.booking_changed", { booking_id: "BK-2000-0000", change: "x" });
    const effectDead = await deadRow([], "staff.access_changed", { staff_id: "s", hotel_id: a.id, change: "removed" });
    const otherDead = await deadRow([staffBookingsChannel(b.slug)], "staff.booking_changed", { booking_id: "BK-2000-0001", change: "x" });

    const scopeA = { hotelId: a.id, hotelSlug: a.slug };
    const scopeB = { hotelId: b.id, hotelSlug: b.slug };
    const seenByA = (await listDeadEvents(scopeA)).map((e) => e.id);
    expect(seenByA.sort()).toEqual([guestDead, staffDead, effectDead].sort());
    expect((await listDeadEvents(scopeB)).map((e) => e.id)).toEqual([otherDead]);
    expect((await listDeadEvents(scopeA)).find((e) => e.id === guestDead)).toMatchObject({ name: "booking.updated", bookingRef: booking.reference, attempts: 5, lastError: "400 refused" });

    await expect(retryDeadEvent(scopeB, guestDead)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await retryDeadEvent(scopeA, guestDead);
    const [row] = await getDb().select().from(outboxEvents).where(inArray(outboxEvents.id, [guestDead]));
    expect(row).toMatchObject({ deadAt: null, attempts: 0 });
    expect((await listDeadEvents(scopeA)).map((e) => e.id)).not.toContain(guestDead);
    await expect(retryDeadEvent(scopeA, guestDead)).rejects.toMatchObject({ code: "NOT_FOUND" }); // no longer dead
  });
});
