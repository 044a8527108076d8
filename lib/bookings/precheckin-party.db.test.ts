import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookingEvents, bookings } from "@/lib/db/schema";
import { placeBreakfastOrder } from "@/lib/orders/breakfast/place-breakfast-order";
import { breakfastOrderSchema } from "@/lib/orders/breakfast/schemas";
import { guestOf, orderHotel } from "@/lib/testing/orders";
import { addDays, localDate } from "@/lib/time/zoned";
import { getBookingDetail } from "./booking-detail";
import { latestPartyChange } from "./party-change";
import { precheckinSchema, submitPrecheckin } from "./precheckin";

describe("pre-check-in party size", () => {
  it("becomes the booking's party, is recorded for the desk, and sets breakfast's guest limit", async () => {
    const { hotel, pancakes } = await orderHotel();
    const guest = await guestOf(hotel, { state: "arriving" });
    expect(guest.booking).toMatchObject({ adults: 2, children: 0 });
    const date = addDays(localDate(new Date(), hotel.timezone), 2);
    const forThree = breakfastOrderSchema.parse({ delivery_date: date, guests: 3, items: [{ item_id: pancakes.id, quantity: 3 }] });
    await expect(placeBreakfastOrder(guest, forThree)).rejects.toMatchObject({ code: "VALIDATION_ERROR" });

    await submitPrecheckin(guest, precheckinSchema.parse({ arrival_time: "16:30", adults: 2, children: 1, special_requests: "Cot please" }));

    const [row] = await getDb().select().from(bookings).where(eq(bookings.id, guest.booking.id));
    expect(row).toMatchObject({ adults: 2, children: 1 });
    const detail = await getBookingDetail({ hotelId: hotel.id, reference: guest.booking.reference });
    expect(latestPartyChange(detail.events)).toMatchObject({ from: { adults: 2, children: 0 }, to: { adults: 2, children: 1 } });
    expect((await placeBreakfastOrder(guest, forThree)).answer.guests).toBe(3);
  });

  it("records no change when the guest confirms the booked party", async () => {
    const { hotel } = await orderHotel();
    const guest = await guestOf(hotel, { state: "arriving" });
    await submitPrecheckin(guest, precheckinSchema.parse({ arrival_time: "16:30", adults: 2 }));
    const events = await getDb().select().from(bookingEvents).where(eq(bookingEvents.bookingId, guest.booking.id));
    expect(events.map((e) => e.kind)).toContain("PRECHECKIN_SUBMITTED");
    expect(latestPartyChange(events)).toBeNull();
  });
});
