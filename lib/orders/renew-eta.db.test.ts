import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { orders, outboxEvents } from "@/lib/db/schema";
import { changeOrderStatus } from "./change-order-status";
import { readGuestOrder } from "./guest-orders";
import { placeRoomServiceOrder } from "./place-room-service-order";
import { roomServiceOrderSchema, staffStatusChangeSchema } from "./schemas";
import { changeStaffOrderStatus, readStaffOrder } from "./staff-orders";
import { guestOf, orderHotel } from "@/lib/testing/orders";

// Issue 21 (4): a late order's guest is told the new time when staff renew it. Staff renew the
// expected time of an order under way without moving it (status = from_status, eta_minutes).

type Hotel = Awaited<ReturnType<typeof orderHotel>>;
const staff = (h: Hotel) => ({ hotel: h.hotel, role: "KITCHEN" as const, staff: { id: h.staffId, name: "Sam Staff", email: "s@example.com" } });

async function lateOrder(h: Hotel, status: "ACCEPTED" | "PREPARING" | "READY" | "DELIVERING") {
  const guest = await guestOf(h.hotel);
  const placed = await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: h.juice.id, quantity: 1 }] }));
  await changeStaffOrderStatus(staff(h), placed.order_id, staffStatusChangeSchema.parse({ status: "ACCEPTED", from_status: "PENDING" }));
  if (status !== "ACCEPTED") await changeStaffOrderStatus(staff(h), placed.order_id, staffStatusChangeSchema.parse({ status, from_status: "ACCEPTED" }));
  // The promised time passed ten minutes ago.
  await getDb().update(orders).set({ etaAt: new Date(Date.now() - 10 * 60_000) }).where(eq(orders.id, placed.order_id));
  return { guest, orderId: placed.order_id, promised: placed.estimated_delivery };
}

const events = async (orderId: string) => (await getDb().select().from(outboxEvents).orderBy(outboxEvents.createdAt)).filter((r) => r.payload.order_id === orderId).map((r) => r.name);

describe("renewing an order's expected time", () => {
  it.each(["ACCEPTED", "PREPARING", "READY", "DELIVERING"] as const)("staff give a %s order a new time: not late any more, status kept, the guest's page told", async (status) => {
    const h = await orderHotel();
    const { guest, orderId, promised } = await lateOrder(h, status);
    expect((await readGuestOrder(guest, orderId)).running_late).toBe(true);
    const before = await events(orderId);
    const now = new Date();

    const renewed = await changeStaffOrderStatus(staff(h), orderId, staffStatusChangeSchema.parse({ status, from_status: status, eta_minutes: 25 }));
    expect(renewed.status).toBe(status);
    expect(Date.parse(renewed.estimated_delivery!) - now.getTime()).toBeGreaterThanOrEqual(25 * 60_000 - 5_000);
    expect(Date.parse(renewed.estimated_delivery!) - now.getTime()).toBeLessThanOrEqual(25 * 60_000 + 5_000);
    // The first promise stays.
    expect(renewed.promised_at).toBe(promised);
    const seen = await readGuestOrder(guest, orderId);
    expect(seen).toMatchObject({ status, estimated_delivery: renewed.estimated_delivery });
    expect(seen.running_late).toBe(false);
    // The desk's late mark goes too: late from the new time on (the age threshold aside).
    expect(Date.parse((await readStaffOrder(staff(h), orderId)).late_at!)).toBeGreaterThan(Date.now());
    // One event to both channels, so the guest's page and the queue refetch.
    expect((await events(orderId)).slice(before.length)).toEqual(["order.updated"]);
  });

  it("refuses a new time that moves an order other than by accepting, on a pending order, and from a stale screen; nothing is written", async () => {
    const h = await orderHotel();
    const { orderId } = await lateOrder(h, "PREPARING");
    const [row] = await getDb().select().from(orders).where(eq(orders.id, orderId));
    const before = await events(orderId);
    expect(staffStatusChangeSchema.safeParse({ status: "READY", from_status: "PREPARING", eta_minutes: 10 }).success).toBe(false);
    expect(staffStatusChangeSchema.safeParse({ status: "PENDING", from_status: "PENDING", eta_minutes: 10 }).success).toBe(false);
    expect(staffStatusChangeSchema.safeParse({ status: "PREPARING", from_status: "PREPARING", eta_minutes: 0 }).success).toBe(false);
    const actor = { kind: "STAFF" as const, hotelId: h.hotel.id, staffId: h.staffId, role: "KITCHEN" as const };
    // The domain keeps the rule without the schema in front of it.
    await expect(changeOrderStatus(actor, { orderId, status: "READY", from: "PREPARING", etaMinutes: 10 })).rejects.toMatchObject({ code: "VALIDATION_ERROR", status: 400 });
    await expect(changeOrderStatus(actor, { orderId, status: "PENDING", etaMinutes: 10 })).rejects.toMatchObject({ code: "VALIDATION_ERROR", status: 400 });
    // A screen that still shows the order as accepted renews nothing.
    await expect(changeStaffOrderStatus(staff(h), orderId, staffStatusChangeSchema.parse({ status: "ACCEPTED", from_status: "ACCEPTED", eta_minutes: 10 }))).rejects.toMatchObject({ code: "STATUS_CHANGED", status: 409 });
    const [after] = await getDb().select().from(orders).where(eq(orders.id, orderId));
    expect(after).toEqual(row);
    expect(await events(orderId)).toEqual(before);
  });

  it("another hotel's order is not found and keeps its time", async () => {
    const h = await orderHotel();
    const other = await orderHotel();
    const { orderId } = await lateOrder(h, "PREPARING");
    const [row] = await getDb().select().from(orders).where(eq(orders.id, orderId));
    await expect(changeStaffOrderStatus(staff(other), orderId, staffStatusChangeSchema.parse({ status: "PREPARING", from_status: "PREPARING", eta_minutes: 15 }))).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect((await getDb().select().from(orders).where(eq(orders.id, orderId)))[0]!.etaAt).toEqual(row!.etaAt);
  });

  it("renewing an accepted order's time does not read as a step to the guest", async () => {
    const h = await orderHotel();
    const { guest, orderId } = await lateOrder(h, "ACCEPTED");
    await changeStaffOrderStatus(staff(h), orderId, staffStatusChangeSchema.parse({ status: "ACCEPTED", from_status: "ACCEPTED", eta_minutes: 30 }));
    expect((await readGuestOrder(guest, orderId)).status).toBe("ACCEPTED");
  });
});
