import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { orderHotel, guestOf } from "@/lib/testing/orders";
import { roomServiceCounts, QUEUE_ORDERS_COUNTED_PER_BOOKING } from "./eta";

type Status = "PENDING" | "ACCEPTED" | "PREPARING" | "READY" | "DELIVERING" | "DELIVERED" | "CANCELLED";

/** Orders straight into the table: only their hotel, booking, type and status matter here. */
async function seedOrders(hotelId: string, bookingId: string, statuses: Status[], type: "ROOM_SERVICE" | "BREAKFAST" = "ROOM_SERVICE") {
  for (const status of statuses) {
    await getDb().execute(sql`
      insert into orders (hotel_id, booking_id, type, status, currency, subtotal_minor, total_minor, delivery_date)
      values (${hotelId}, ${bookingId}, ${type}, ${status}, 'EUR', 100, 100, ${type === "BREAKFAST" ? sql`current_date + 1` : null})`);
  }
}

describe("roomServiceCounts", () => {
  it("counts the queue ahead (each booking at most its share) and this booking's open orders, in one answer", async () => {
    const { hotel } = await orderHotel();
    const [me, flood, other] = [await guestOf(hotel), await guestOf(hotel), await guestOf(hotel)];
    // Mine: two the kitchen still makes, one on its way (open, not queued), one delivered (neither).
    await seedOrders(hotel.id, me.booking.id, ["PENDING", "PREPARING", "DELIVERING", "DELIVERED"]);
    // A flood from one booking counts only QUEUE_ORDERS_COUNTED_PER_BOOKING in the queue.
    await seedOrders(hotel.id, flood.booking.id, ["PENDING", "PENDING", "PENDING", "ACCEPTED", "READY"]);
    // Cancelled room service and breakfast orders count nowhere.
    await seedOrders(hotel.id, other.booking.id, ["CANCELLED"]);
    await seedOrders(hotel.id, other.booking.id, ["PENDING"], "BREAKFAST");

    expect(await roomServiceCounts(getDb(), hotel.id, me.booking.id)).toEqual({ queueAhead: 2 + QUEUE_ORDERS_COUNTED_PER_BOOKING, openOfBooking: 3 });
    expect(await roomServiceCounts(getDb(), hotel.id, flood.booking.id)).toEqual({ queueAhead: 2 + QUEUE_ORDERS_COUNTED_PER_BOOKING, openOfBooking: 5 });
    expect(await roomServiceCounts(getDb(), hotel.id, other.booking.id)).toEqual({ queueAhead: 2 + QUEUE_ORDERS_COUNTED_PER_BOOKING, openOfBooking: 0 });
  });

  it("sees only its hotel's orders", async () => {
    const [a, b] = [await orderHotel(), await orderHotel()];
    const guestA = await guestOf(a.hotel);
    const guestB = await guestOf(b.hotel);
    await seedOrders(b.hotel.id, guestB.booking.id, ["PENDING", "PENDING"]);
    expect(await roomServiceCounts(getDb(), a.hotel.id, guestA.booking.id)).toEqual({ queueAhead: 0, openOfBooking: 0 });
    // Another hotel's booking id asked under this hotel finds nothing.
    expect(await roomServiceCounts(getDb(), a.hotel.id, guestB.booking.id)).toEqual({ queueAhead: 0, openOfBooking: 0 });
  });
});
