import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, hotels, orders, outboxEvents } from "@/lib/db/schema";
import { placeBreakfastOrder } from "@/lib/orders/breakfast/place-breakfast-order";
import { breakfastOrderSchema } from "@/lib/orders/breakfast/schemas";
import { placeRoomServiceOrder } from "@/lib/orders/place-room-service-order";
import { roomServiceOrderSchema } from "@/lib/orders/schemas";
import { guestOf, orderHotel } from "@/lib/testing/orders";
import { raceAgainstHeldLock, racesRunHere } from "@/lib/testing/concurrency";
import { addDays, localDate } from "@/lib/time/zoned";
import type { GuestAccess } from "@/lib/tokens/validate";
import type { StaffActor } from "./actor";
import { cancelBooking } from "./cancel-booking";
import { checkOut } from "./check-out";

const breakfast = (pancakes: string, date: string) => breakfastOrderSchema.parse({ delivery_date: date, guests: 2, items: [{ item_id: pancakes, quantity: 2 }] });
const statusOf = async (id: string) => (await getDb().select().from(orders).where(eq(orders.id, id)))[0]!;
const refresh = async (g: GuestAccess): Promise<GuestAccess> => ({ ...g, hotel: (await getDb().select().from(hotels).where(eq(hotels.id, g.hotel.id)))[0]! });
async function statusEvents(orderId: string) {
  const rows = await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "order.status_changed"));
  return rows.filter((e) => e.payload.order_id === orderId);
}

describe("a booking's orders when the booking ends", () => {
  it("cancelling a booking cancels its open orders with a reason, tells the kitchen, and frees the seats", async () => {
    const { hotel, pancakes, staffId } = await orderHotel();
    // One slot, two seats: exactly one party of two fits.
    await getDb().update(hotels).set({ breakfastSlotCapacity: 2, breakfastServingStart: "07:00", breakfastServingEnd: "07:30", breakfastSlotMinutes: 30 }).where(eq(hotels.id, hotel.id));
    const arriving = await refresh(await guestOf(hotel, { state: "arriving" }));
    const other = await refresh(await guestOf(hotel, { state: "arriving" }));
    const date = addDays(localDate(new Date(), hotel.timezone), 2);
    const placed = await placeBreakfastOrder(arriving, breakfast(pancakes.id, date));
    await expect(placeBreakfastOrder(other, breakfast(pancakes.id, date))).rejects.toMatchObject({ code: "SLOT_FULL" });

    const actor: StaffActor = { staffId, hotel };
    await cancelBooking(actor, arriving.booking.reference, { reason: "Guest called" });

    expect(await statusOf(placed.answer.order_id)).toMatchObject({ status: "CANCELLED", cancelledBy: "STAFF", cancelReason: "Booking cancelled", lastStaffId: staffId });
    const events = await statusEvents(placed.answer.order_id);
    expect(events).toHaveLength(1);
    expect(events[0]!.channels).toContain(`private-${hotel.slug}.staff-orders`);
    expect(events[0]!.payload).toMatchObject({ status: "CANCELLED", previous_status: "PENDING" });
    // The seats are free again.
    expect((await placeBreakfastOrder(other, breakfast(pancakes.id, date))).answer.status).toBe("PENDING");
  });

  it("an early check-out cancels breakfast for the mornings after it and leaves open room service for staff", async () => {
    const { hotel, juice, pancakes, staffId } = await orderHotel();
    const guest = await guestOf(hotel); // in house: checked in yesterday, leaving in two days
    const today = localDate(new Date(), hotel.timezone);
    const rs = await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 1 }] }));
    // The last morning of the stay: its cut-off (the evening before) is always ahead, whenever this runs.
    const later = [await placeBreakfastOrder(guest, breakfast(pancakes.id, addDays(today, 2)))];

    await checkOut({ staffId, hotel }, guest.booking.reference);

    for (const b of later) {
      expect(await statusOf(b.answer.order_id)).toMatchObject({ status: "CANCELLED", cancelledBy: "STAFF", cancelReason: "Checked out before this morning" });
      expect(await statusEvents(b.answer.order_id)).toHaveLength(1);
    }
    expect((await statusOf(rs.order_id)).status).toBe("PENDING");
    expect(await statusEvents(rs.order_id)).toEqual([]);
  });
});

describe.runIf(racesRunHere())("a breakfast order racing the booking's cancellation (PostgreSQL)", () => {
  it("the order waits for the cancel and is refused: no open order is left on a cancelled booking", async () => {
    const { hotel, pancakes } = await orderHotel();
    const guest = await refresh(await guestOf(hotel, { state: "arriving" }));
    const date = addDays(localDate(new Date(), hotel.timezone), 2);
    const placed = await raceAgainstHeldLock({
      // The lock cancelBooking takes on the booking row (findBookingOrThrow forUpdate).
      lock: (tx) => tx.select().from(bookings).where(eq(bookings.id, guest.booking.id)).for("no key update"),
      race: () => placeBreakfastOrder(guest, breakfast(pancakes.id, date)),
      beforeCommit: (tx) => tx.update(bookings).set({ status: "CANCELLED", cancelledAt: new Date() }).where(eq(bookings.id, guest.booking.id)),
    });
    expect(placed).toMatchObject({ status: "rejected", reason: { code: "INVALID_TOKEN" } });
    expect(await getDb().select().from(orders).where(eq(orders.bookingId, guest.booking.id))).toEqual([]);
  });
});
