import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { orderLines, orders, outboxEvents } from "@/lib/db/schema";
import { updateItem } from "@/lib/menus/edit-items";
import { setSoldOut } from "@/lib/menus/set-sold-out";
import { changeOrderStatus } from "./change-order-status";
import { QUEUE_MINUTES_PER_ORDER } from "./eta";
import { cancelGuestOrder, listGuestOrders, readGuestOrder } from "./guest-orders";
import { placeRoomServiceOrder } from "./place-room-service-order";
import { roomServiceOrderSchema, staffOrderFiltersSchema, staffStatusChangeSchema } from "./schemas";
import { changeStaffOrderStatus, listStaffOrders, readStaffOrder } from "./staff-orders";
import { guestOf, orderHotel } from "@/lib/testing/orders";

const body = (v: unknown) => roomServiceOrderSchema.parse(v);
// The staff member's role is what the views and rules look at; one real staff row serves them all.
const staff = (h: Awaited<ReturnType<typeof orderHotel>>, role: "ADMIN" | "FRONT_DESK" | "KITCHEN") => ({
  hotel: h.hotel,
  role,
  staff: { id: h.staffId, name: "Sam Staff", email: "s@example.com" },
});

async function orderEvents(orderId: string) {
  const rows = await getDb().select().from(outboxEvents).orderBy(outboxEvents.createdAt);
  return rows.filter((r) => r.payload.order_id === orderId).map((r) => ({ name: r.name, channels: r.channels, status: r.payload.status, previous: r.payload.previous_status }));
}

async function countOrders(bookingId: string) {
  return (await getDb().select().from(orders).where(eq(orders.bookingId, bookingId))).length;
}

describe("placeRoomServiceOrder", () => {
  it("prices on the server, keeps line snapshots and the link, promises prep + queue, and announces order.created", async () => {
    const { hotel, burger, juice, menuActor } = await orderHotel();
    const guest = await guestOf(hotel);
    const bacon = burger.optionGroups[0]!.choices[0]!.id;
    const now = new Date("2026-07-01T12:00:00Z");
    const placed = await placeRoomServiceOrder(
      guest,
      // A client-sent price is dropped by the schema and never used.
      body({ items: [{ item_id: burger.id, quantity: 2, options: [bacon], instructions: " no onions ", price: 1 }, { item_id: juice.id, quantity: 1 }], notes: "Ring twice", total_amount: "0.01" }),
      { now },
    );
    expect(placed).toEqual({ success: true, order_id: expect.any(String), total_amount: "46.50", estimated_delivery: new Date(now.getTime() + 20 * 60_000).toISOString(), currency: "EUR" });
    const [order] = await getDb().select().from(orders).where(eq(orders.id, placed.order_id));
    expect(order).toMatchObject({ type: "ROOM_SERVICE", status: "PENDING", totalMinor: 4650, orderedViaTokenId: guest.token.id, notes: "Ring twice" });
    const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, placed.order_id)).orderBy(orderLines.position);
    expect(lines.map((l) => [l.name, l.quantity, l.unitPriceMinor, l.lineTotalMinor, l.instructions, l.options.map((o) => o.label)])).toEqual([
      ["Burger", 2, 2100, 4200, "no onions", ["+ bacon"]],
      ["Juice", 1, 450, 450, null, []],
    ]);
    expect(await orderEvents(placed.order_id)).toEqual([{ name: "order.created", channels: [`private-room-service.${guest.booking.reference}`, `private-${hotel.slug}.staff-orders`], status: "PENDING", previous: undefined }]);

    // A later menu edit never rewrites the past order.
    await updateItem(menuActor, burger.id, { name: "Smash burger", priceMinor: 2500 });
    const view = await readGuestOrder(guest, placed.order_id);
    expect(view.lines[0]).toMatchObject({ name: "Burger", unit_price: "21.00", unit_price_minor: 2100, options: [{ group: "Extras", label: "+ bacon", price: "3.00", price_minor: 300 }] });

    // The next order waits behind this open one.
    const second = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }), { now });
    expect(second.estimated_delivery).toBe(new Date(now.getTime() + (5 + QUEUE_MINUTES_PER_ORDER) * 60_000).toISOString());
  });

  it("refuses outside the stay, off-menu, sold-out and unknown items with their own codes, writing nothing", async () => {
    const { hotel, juice, pancakes, menuActor } = await orderHotel();
    const other = await orderHotel();
    for (const state of ["arriving", "departed"] as const) {
      const g = await guestOf(hotel, { state });
      await expect(placeRoomServiceOrder(g, body({ items: [{ item_id: juice.id, quantity: 1 }] }))).rejects.toMatchObject({ code: "NOT_DURING_STAY", status: 400, message: "Room service only available during stay" });
      expect(await countOrders(g.booking.id)).toBe(0);
    }
    const guest = await guestOf(hotel);
    await expect(placeRoomServiceOrder(guest, body({ items: [{ item_id: pancakes.id, quantity: 1 }] }))).rejects.toMatchObject({ code: "VALIDATION_ERROR", fields: { "items.0.item_id": ["Pancakes is not on the room-service menu"] } });
    await expect(placeRoomServiceOrder(guest, body({ items: [{ item_id: other.juice.id, quantity: 1 }] }))).rejects.toMatchObject({ code: "VALIDATION_ERROR", fields: { "items.0.item_id": ["This item is not on the menu"] } });
    await setSoldOut(menuActor, juice.id, true);
    await expect(placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }))).rejects.toMatchObject({ code: "NOT_AVAILABLE", status: 400 });
    expect(await countOrders(guest.booking.id)).toBe(0);
  });

  it("the schema refuses bad quantities, too many lines and long text", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    for (const q of [0, 21, -1, 1.5, "2", null, 1e9, true]) expect(roomServiceOrderSchema.safeParse({ items: [{ item_id: id, quantity: q }] }).success, String(q)).toBe(false);
    expect(roomServiceOrderSchema.safeParse({ items: Array.from({ length: 31 }, () => ({ item_id: id, quantity: 1 })) }).success).toBe(false);
    expect(roomServiceOrderSchema.safeParse({ items: [{ item_id: id, quantity: 1, instructions: "x".repeat(501) }] }).success).toBe(false);
    expect(roomServiceOrderSchema.safeParse({ items: [{ item_id: id, quantity: 1, instructions: "x".repeat(500) }] }).success).toBe(true);
    expect(roomServiceOrderSchema.safeParse({ items: [{ item_id: id, quantity: 1 }], notes: "x".repeat(501) }).success).toBe(false);
    expect(roomServiceOrderSchema.safeParse({ items: [] }).success).toBe(false);
  });

  it("an idempotency key answers the first result; another body with the key is refused (422)", async () => {
    const h = await orderHotel();
    const { hotel, juice, burger } = h;
    const guest = await guestOf(hotel);
    const input = body({ items: [{ item_id: juice.id, quantity: 2 }] });
    const first = await placeRoomServiceOrder(guest, input, { idempotencyKey: "key-0001-abc" });
    const again = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 2 }] }), { idempotencyKey: "key-0001-abc" });
    expect(again).toEqual(first);
    await expect(placeRoomServiceOrder(guest, body({ items: [{ item_id: burger.id, quantity: 1 }] }), { idempotencyKey: "key-0001-abc" })).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: 422 });
    expect(await countOrders(guest.booking.id)).toBe(1);
    // Keys are per booking: another guest's same key is their own.
    const other = await guestOf(hotel);
    expect((await placeRoomServiceOrder(other, input, { idempotencyKey: "key-0001-abc" })).order_id).not.toBe(first.order_id);
  });
});

describe("changeOrderStatus", () => {
  it("staff move orders along the lifecycle with status times; accepting may renew the ETA while the first promise stays", async () => {
    const h = await orderHotel();
    const { hotel, juice } = h;
    const guest = await guestOf(hotel);
    const placed = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }));
    const admin = staff(h, "ADMIN");
    const accepted = await changeStaffOrderStatus(admin, placed.order_id, staffStatusChangeSchema.parse({ status: "ACCEPTED", from_status: "PENDING", eta_minutes: 45 }));
    expect(accepted.promised_at).toBe(placed.estimated_delivery);
    expect(Date.parse(accepted.estimated_delivery!) - Date.parse(accepted.status_times.accepted_at!)).toBe(45 * 60_000);
    await changeStaffOrderStatus(admin, placed.order_id, staffStatusChangeSchema.parse({ status: "READY", from_status: "ACCEPTED" })); // skips PREPARING
    const recalled = await changeStaffOrderStatus(admin, placed.order_id, staffStatusChangeSchema.parse({ status: "PREPARING", from_status: "READY" }));
    expect(recalled.status_times.ready_at).toBeNull();
    // A stale screen that still shows READY may not bump it on (another screen recalled it).
    await expect(changeStaffOrderStatus(admin, placed.order_id, staffStatusChangeSchema.parse({ status: "DELIVERING", from_status: "READY" }))).rejects.toMatchObject({ code: "STATUS_CHANGED", status: 409 });
    await expect(changeStaffOrderStatus(admin, placed.order_id, staffStatusChangeSchema.parse({ status: "PENDING", from_status: "PREPARING" }))).rejects.toMatchObject({ code: "INVALID_TRANSITION", status: 409 });
    const delivered = await changeStaffOrderStatus(admin, placed.order_id, staffStatusChangeSchema.parse({ status: "DELIVERED", from_status: "PREPARING" }));
    expect(delivered.status_times.delivered_at).not.toBeNull();
    await expect(changeStaffOrderStatus(admin, placed.order_id, staffStatusChangeSchema.parse({ status: "CANCELLED", from_status: "DELIVERED", reason: "late" }))).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect((await orderEvents(placed.order_id)).map((e) => [e.name, e.previous, e.status])).toEqual([
      ["order.created", undefined, "PENDING"],
      ["order.status_changed", "PENDING", "ACCEPTED"],
      ["order.status_changed", "ACCEPTED", "READY"],
      ["order.status_changed", "READY", "PREPARING"],
      ["order.status_changed", "PREPARING", "DELIVERED"],
    ]);
  });

  it("staff cancel needs a reason the guest sees; guests cancel only while pending", async () => {
    const h = await orderHotel();
    const { hotel, juice } = h;
    const guest = await guestOf(hotel);
    const a = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }));
    const b = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }));
    expect(staffStatusChangeSchema.safeParse({ status: "CANCELLED", from_status: "PENDING" }).success).toBe(false);
    expect(staffStatusChangeSchema.safeParse({ status: "READY", from_status: "PENDING", eta_minutes: 10 }).success).toBe(false);
    await expect(changeOrderStatus({ kind: "STAFF", hotelId: hotel.id, staffId: h.staffId, role: "ADMIN" }, { orderId: a.order_id, status: "CANCELLED" })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    const kitchen = staff(h, "KITCHEN");
    const cancelled = await changeStaffOrderStatus(kitchen, a.order_id, staffStatusChangeSchema.parse({ status: "CANCELLED", from_status: "PENDING", reason: "Kitchen closed early" }));
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancel_reason: "Kitchen closed early", cancelled_by: "STAFF" });
    expect((await readGuestOrder(guest, a.order_id)).cancel_reason).toBe("Kitchen closed early");

    const mine = await cancelGuestOrder(guest, b.order_id, null);
    expect(mine).toMatchObject({ status: "CANCELLED", cancelled_by: "GUEST", can_cancel: false });
    await expect(cancelGuestOrder(guest, b.order_id, null)).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    const c = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }));
    await changeStaffOrderStatus(kitchen, c.order_id, staffStatusChangeSchema.parse({ status: "ACCEPTED", from_status: "PENDING" }));
    await expect(cancelGuestOrder(guest, c.order_id, null)).rejects.toMatchObject({ code: "INVALID_TRANSITION", status: 409 });
  });

  it("another booking's or hotel's order is not found, and nothing moves", async () => {
    const h = await orderHotel();
    const { hotel, juice } = h;
    const other = await orderHotel();
    const guest = await guestOf(hotel);
    const neighbour = await guestOf(hotel);
    const placed = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }));
    await expect(readGuestOrder(neighbour, placed.order_id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelGuestOrder(neighbour, placed.order_id, null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readStaffOrder(staff(other, "ADMIN"), placed.order_id)).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    await expect(changeStaffOrderStatus(staff(other, "ADMIN"), placed.order_id, staffStatusChangeSchema.parse({ status: "ACCEPTED", from_status: "PENDING" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await readGuestOrder(guest, placed.order_id)).status).toBe("PENDING");
    expect((await listStaffOrders(staff(other, "ADMIN"), staffOrderFiltersSchema.parse({}))).orders).toEqual([]);
  });
});

describe("order views", () => {
  it("guest list: newest first with the stay's running charges (cancelled aside)", async () => {
    const h = await orderHotel();
    const { hotel, juice, burger } = h;
    const guest = await guestOf(hotel);
    const a = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 2 }] }), { now: new Date(Date.now() - 60_000) });
    const b = await placeRoomServiceOrder(guest, body({ items: [{ item_id: burger.id, quantity: 1 }] }));
    const c = await placeRoomServiceOrder(guest, body({ items: [{ item_id: burger.id, quantity: 1 }] }), { now: new Date(Date.now() + 1000) });
    await cancelGuestOrder(guest, c.order_id, null);
    const list = await listGuestOrders(guest);
    expect(list.orders.map((o) => o.order_id)).toEqual([c.order_id, b.order_id, a.order_id]);
    expect(list).toMatchObject({ currency: "EUR", stay_total: "27.00", stay_total_minor: 2700 });
  });

  it("staff view: room, first name and initial, the link's label and purpose; full name only for the desk; no contact details or token", async () => {
    const h = await orderHotel();
    const { hotel, juice } = h;
    const guest = await guestOf(hotel);
    const placed = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }));
    const kitchen = await readStaffOrder(staff(h, "KITCHEN"), placed.order_id);
    const desk = await readStaffOrder(staff(h, "FRONT_DESK"), placed.order_id);
    const [first, last] = guest.booking.primaryGuestName.split(" ");
    const initial = last![0]!.toUpperCase();
    expect(kitchen).toMatchObject({ booking_ref: guest.booking.reference, room_number: guest.roomNumber, guest: { first_name: first, initial, display_name: `${first} ${initial}.` }, placed_via: { link_id: guest.token.id, purpose: "FULL_ACCESS" }, next_status: "ACCEPTED" });
    expect(kitchen.guest).not.toHaveProperty("full_name");
    expect(desk.guest.full_name).toBe(guest.booking.primaryGuestName);
    for (const v of [kitchen, desk]) {
      const text = JSON.stringify(v);
      expect(text).not.toContain(guest.booking.email!);
      expect(text).not.toContain(guest.booking.phone!);
      expect(text).not.toContain(guest.token.tokenHash);
    }
  });

  it("staff filters: status list or open, type, and the hotel's local date", async () => {
    const h = await orderHotel();
    const { hotel, juice } = h;
    const guest = await guestOf(hotel);
    const a = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }), { now: new Date("2026-07-01T22:30:00Z") }); // 23:30 in Lisbon
    const b = await placeRoomServiceOrder(guest, body({ items: [{ item_id: juice.id, quantity: 1 }] }), { now: new Date("2026-07-01T23:30:00Z") }); // 00:30 the next day
    await changeStaffOrderStatus(staff(h, "ADMIN"), b.order_id, staffStatusChangeSchema.parse({ status: "CANCELLED", from_status: "PENDING", reason: "test" }));
    const ids = async (q: Record<string, string>) => (await listStaffOrders(staff(h, "ADMIN"), staffOrderFiltersSchema.parse(q))).orders.map((o) => o.order_id);
    expect(await ids({ date: "2026-07-01" })).toEqual([a.order_id]);
    expect(await ids({ date: "2026-07-02" })).toEqual([b.order_id]);
    expect(await ids({ status: "open" })).toEqual([a.order_id]);
    expect(await ids({ status: "CANCELLED,DELIVERED" })).toEqual([b.order_id]);
    expect(await ids({ type: "BREAKFAST" })).toEqual([]);
    for (const bad of [{ status: "LOST" }, { type: "DINNER" }, { date: "2026-02-30" }, { date: "tomorrow" }, { page: "2" }]) expect(staffOrderFiltersSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
