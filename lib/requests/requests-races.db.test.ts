import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, outboxEvents, requestTypes, serviceRequests, type RequestKind } from "@/lib/db/schema";
import { createStaff } from "@/lib/demo/builders";
import { resetEnvCache } from "@/lib/env";
import { resetSharedLimiters } from "@/lib/rate-limit/shared-limiter";
import { concurrently, raceAgainstHeldLock, racesRunHere } from "@/lib/testing/concurrency";
import { testHotel } from "@/lib/testing/fixtures";
import { guestOf } from "@/lib/testing/orders";
import { changeRequestStatus } from "./change-request-status";
import { placeServiceRequest } from "./place-request";
import { guestRequestSchema } from "./schemas";

// Real concurrency needs PostgreSQL (DATABASE_URL): the embedded engine runs one transaction at a
// time and would hide the races.

async function typeId(hotelId: string, kind: RequestKind) {
  const [t] = await getDb().select({ id: requestTypes.id }).from(requestTypes).where(and(eq(requestTypes.hotelId, hotelId), eq(requestTypes.kind, kind)));
  return t!.id;
}

afterEach(() => {
  delete process.env.GUEST_OPEN_REQUEST_LIMIT;
  resetEnvCache();
  resetSharedLimiters();
});

describe.runIf(racesRunHere())("request races (PostgreSQL)", () => {
  it("ten staff accepting one request at once: one moves it, the others get 409 STATUS_CHANGED", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const staff = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createStaff(getDb(), { email: `race-${i}-${randomBytes(3).toString("hex")}@example.com`, name: `Staff ${i}`, password: "not-used-here", memberships: [{ hotelId: hotel.id, role: "HOUSEKEEPING" }] })),
    );
    const { requestId } = await placeServiceRequest(guest, guestRequestSchema.parse({ type_id: await typeId(hotel.id, "AMENITIES"), items: [{ key: "pillows", quantity: 1 }] }));
    const results = await concurrently(10, (i) => changeRequestStatus({ kind: "STAFF", hotelId: hotel.id, staffId: staff[i]!.id, role: "HOUSEKEEPING" }, { requestId, status: "ACKNOWLEDGED", from: "NEW" }));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "STATUS_CHANGED" });
    const [row] = await getDb().select().from(serviceRequests).where(eq(serviceRequests.id, requestId));
    expect(row!.assignedStaffId).toBe((won[0] as PromiseFulfilledResult<{ assignedStaffId: string }>).value.assignedStaffId);
    const changed = (await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "request.status_changed"))).filter((e) => e.payload.request_id === requestId);
    expect(changed).toHaveLength(1);
  });

  it("twenty parallel twins with one Idempotency-Key make one request and all get its id", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const input = guestRequestSchema.parse({ type_id: await typeId(hotel.id, "CLEANING"), cleaning: "NOW" });
    const results = await concurrently(20, () => placeServiceRequest(guest, input, { idempotencyKey: "clean-now-twins" }));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<{ requestId: string }>).value.requestId));
    expect(ids.size).toBe(1);
    expect(await getDb().select().from(serviceRequests).where(eq(serviceRequests.bookingId, guest.booking.id))).toHaveLength(1);
  });

  it("parallel requests cannot pass the open cap, nor make two open late check-outs", async () => {
    process.env.GUEST_OPEN_REQUEST_LIMIT = "3";
    resetEnvCache();
    resetSharedLimiters();
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const cleaning = guestRequestSchema.parse({ type_id: await typeId(hotel.id, "CLEANING"), cleaning: "SKIP_TODAY" });
    const results = await concurrently(8, () => placeServiceRequest(guest, cleaning));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "TOO_MANY_OPEN_REQUESTS" });

    const other = await guestOf(hotel);
    const late = guestRequestSchema.parse({ type_id: await typeId(hotel.id, "LATE_CHECKOUT"), checkout_time: "12:00" });
    const lates = await concurrently(5, () => placeServiceRequest(other, late));
    expect(lates.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of lates) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "ALREADY_REQUESTED" });
  });

  it("a check-out committing while a request is made: the request waits for it and is refused", async () => {
    const hotel = await testHotel();
    const guest = await guestOf(hotel);
    const input = guestRequestSchema.parse({ type_id: await typeId(hotel.id, "AMENITIES"), items: [{ key: "blanket", quantity: 1 }] });
    const placed = await raceAgainstHeldLock({
      lock: (tx) => tx.select().from(bookings).where(eq(bookings.id, guest.booking.id)).for("update"),
      race: () => placeServiceRequest(guest, input),
      beforeCommit: (tx) => tx.update(bookings).set({ checkedOutAt: new Date() }).where(eq(bookings.id, guest.booking.id)),
    });
    expect(placed).toMatchObject({ status: "rejected", reason: { code: "NOT_DURING_STAY" } });
    expect(await getDb().select().from(serviceRequests).where(eq(serviceRequests.bookingId, guest.booking.id))).toEqual([]);
  });
});
