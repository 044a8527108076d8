import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, idempotencyKeys, orders, outboxEvents } from "@/lib/db/schema";
import { raceAgainstHeldLock } from "@/lib/testing/concurrency";
import { changeOrderStatus } from "./change-order-status";
import { placeRoomServiceOrder } from "./place-room-service-order";
import { roomServiceOrderSchema } from "./schemas";
import { guestOf, orderHotel } from "@/lib/testing/orders";

// Real concurrency needs PostgreSQL (DATABASE_URL): the embedded engine runs one transaction at a
// time and would hide the race.
describe.skipIf(!process.env.DATABASE_URL)("order races (PostgreSQL)", () => {
  it("20 parallel requests with one Idempotency-Key make exactly one order and all get its answer", async () => {
    const { hotel, juice } = await orderHotel();
    const guest = await guestOf(hotel);
    const input = roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 3 }] });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => placeRoomServiceOrder(guest, input, { idempotencyKey: "tap-tap-tap-1" })));
    const answers = results.map((r) => (r.status === "fulfilled" ? r.value : r.reason));
    expect(results.every((r) => r.status === "fulfilled"), JSON.stringify(answers.find((a) => !a?.order_id))).toBe(true);
    const rows = await getDb().select().from(orders).where(eq(orders.bookingId, guest.booking.id));
    expect(rows).toHaveLength(1);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0].order_id).toBe(rows[0]!.id);
    const created = (await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "order.created"))).filter((e) => e.payload.order_id === rows[0]!.id);
    expect(created).toHaveLength(1);
    expect(await getDb().select().from(idempotencyKeys).where(eq(idempotencyKeys.scope, `room-service-order:${guest.booking.id}`))).toHaveLength(1);
  });

  it("of 10 staff accepting one order at once exactly one moves it; the rest get INVALID_TRANSITION", async () => {
    const { hotel, juice, staffId } = await orderHotel();
    const guest = await guestOf(hotel);
    const placed = await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 1 }] }));
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => changeOrderStatus({ kind: "STAFF", hotelId: hotel.id, staffId, role: "KITCHEN" }, { orderId: placed.order_id, status: "ACCEPTED" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "INVALID_TRANSITION" });
    const changed = (await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "order.status_changed"))).filter((e) => e.payload.order_id === placed.order_id);
    expect(changed).toHaveLength(1);
  });

  it("a guest's cancel racing the kitchen's accept: exactly one wins", async () => {
    const { hotel, juice, staffId } = await orderHotel();
    const guest = await guestOf(hotel);
    const placed = await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 1 }] }));
    const [cancel, accept] = await Promise.allSettled([
      changeOrderStatus({ kind: "GUEST", hotelId: hotel.id, bookingId: guest.booking.id }, { orderId: placed.order_id, status: "CANCELLED" }),
      changeOrderStatus({ kind: "STAFF", hotelId: hotel.id, staffId, role: "KITCHEN" }, { orderId: placed.order_id, status: "ACCEPTED" }),
    ]);
    expect([cancel.status, accept.status].filter((s) => s === "fulfilled")).toHaveLength(1);
    const [row] = await getDb().select().from(orders).where(eq(orders.id, placed.order_id));
    expect(row!.status).toBe(cancel.status === "fulfilled" ? "CANCELLED" : "ACCEPTED");
  });

  it("a check-out committing while an order is being placed: the order waits for it and is refused", async () => {
    const { hotel, juice } = await orderHotel();
    const guest = await guestOf(hotel);
    const placed = await raceAgainstHeldLock({
      lock: (tx) => tx.select().from(bookings).where(eq(bookings.id, guest.booking.id)).for("update"),
      // The guest's access was read before the check-out (in house); the order must not trust it.
      race: () => placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 1 }] })),
      beforeCommit: (tx) => tx.update(bookings).set({ checkedOutAt: new Date() }).where(eq(bookings.id, guest.booking.id)),
    });
    expect(placed).toMatchObject({ status: "rejected", reason: { code: "NOT_DURING_STAY" } });
    expect(await getDb().select().from(orders).where(eq(orders.bookingId, guest.booking.id))).toEqual([]);
  });
});
