import { localDate } from "@/lib/time/zoned";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookingFolio } from "./folio";
import { placeRoomServiceOrder } from "./place-room-service-order";
import { roomServiceOrderSchema, staffOrderFiltersSchema, staffStatusChangeSchema } from "./schemas";
import { changeStaffOrderStatus, listStaffOrders } from "./staff-orders";
import { guestOf, orderHotel } from "@/lib/testing/orders";

const body = (itemId: string, quantity = 1) => roomServiceOrderSchema.parse({ items: [{ item_id: itemId, quantity }] });
const admin = (h: Awaited<ReturnType<typeof orderHotel>>) => ({ hotel: h.hotel, role: "ADMIN" as const, staff: { id: h.staffId, name: "Sam Staff", email: "s@example.com" } }) as Parameters<typeof listStaffOrders>[0];

describe("the desk's views of orders", () => {
  it("a folio lists every order of the stay and charges only accepted or delivered ones, never cancelled", async () => {
    const h = await orderHotel();
    const guest = await guestOf(h.hotel);
    const pending = await placeRoomServiceOrder(guest, body(h.juice.id)); // 4.50, awaiting acceptance
    const accepted = await placeRoomServiceOrder(guest, body(h.burger.id)); // 18.00
    const delivered = await placeRoomServiceOrder(guest, body(h.juice.id, 2)); // 9.00
    const cancelled = await placeRoomServiceOrder(guest, body(h.burger.id, 2)); // 36.00
    const move = (id: string, status: string, from: string, extra = {}) => changeStaffOrderStatus(admin(h), id, staffStatusChangeSchema.parse({ status, from_status: from, ...extra }));
    await move(accepted.order_id, "ACCEPTED", "PENDING");
    await move(delivered.order_id, "DELIVERED", "PENDING");
    await move(cancelled.order_id, "ACCEPTED", "PENDING");
    await move(cancelled.order_id, "CANCELLED", "ACCEPTED", { reason: "Out of buns" });
    // Another booking's orders never reach this folio.
    await placeRoomServiceOrder(await guestOf(h.hotel), body(h.burger.id));

    const folio = await bookingFolio(getDb(), { hotelId: h.hotel.id, bookingId: guest.booking.id, today: localDate(new Date(), h.hotel.timezone) });
    expect(folio.lines.map((l) => [l.order_id, l.status, l.total, l.charged])).toEqual([
      [pending.order_id, "PENDING", "4.50", false],
      [accepted.order_id, "ACCEPTED", "18.00", true],
      [delivered.order_id, "DELIVERED", "9.00", true],
      [cancelled.order_id, "CANCELLED", "36.00", false],
    ]);
    expect(folio.charged).toEqual([{ currency: "EUR", total: "27.00", total_minor: 2700 }]);
    expect(folio.awaiting).toEqual([{ currency: "EUR", total: "4.50", total_minor: 450 }]);
    expect(folio.open_orders).toBe(2);
    // Another hotel's id finds nothing.
    const other = await orderHotel();
    expect((await bookingFolio(getDb(), { hotelId: other.hotel.id, bookingId: guest.booking.id, today: localDate(new Date(), other.hotel.timezone) })).lines).toEqual([]);
  });

  it("staff orders carry late_at by the kitchen's rule and list oldest first on request", async () => {
    const h = await orderHotel();
    const guest = await guestOf(h.hotel);
    const t0 = new Date("2026-07-01T10:00:00Z");
    const first = await placeRoomServiceOrder(guest, body(h.juice.id), { now: t0 });
    const second = await placeRoomServiceOrder(guest, body(h.juice.id), { now: new Date(t0.getTime() + 60_000) });
    const list = async (q: Record<string, string>) => (await listStaffOrders(admin(h), staffOrderFiltersSchema.parse(q))).orders;
    expect((await list({ status: "open" })).map((o) => o.order_id)).toEqual([second.order_id, first.order_id]);
    const oldest = await list({ status: "open", sort: "oldest" });
    expect(oldest.map((o) => o.order_id)).toEqual([first.order_id, second.order_id]);
    // Juice takes 5 minutes (its promise) and the hotel's late threshold is 20: the promise comes first.
    expect(oldest[0]!.late_at).toBe(oldest[0]!.estimated_delivery);
    expect(Date.parse(oldest[0]!.late_at!)).toBeLessThanOrEqual(t0.getTime() + h.hotel.kitchenLateMinutes * 60_000);
    await changeStaffOrderStatus(admin(h), first.order_id, staffStatusChangeSchema.parse({ status: "DELIVERED", from_status: "PENDING" }));
    expect((await list({ sort: "oldest" })).find((o) => o.order_id === first.order_id)?.late_at).toBeNull();
    expect(staffOrderFiltersSchema.safeParse({ sort: "sideways" }).success).toBe(false);
  });
});
