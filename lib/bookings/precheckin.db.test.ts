import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { outboxEvents } from "@/lib/db/schema";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { validateToken } from "@/lib/tokens/validate";
import { precheckinSchema, submitPrecheckin } from "./precheckin";

describe("submitPrecheckin", () => {
  it("tells the guest's other devices and the hotel's consoles, in the same transaction", async () => {
    const hotel = await testHotel();
    const booking = await testBooking(hotel, "upcoming");
    const link = await testLink(hotel, booking);
    const access = await validateToken(link.raw, { scope: "precheckin" });
    if (!access.ok) throw new Error(`link refused: ${access.reason}`);
    await submitPrecheckin(access, precheckinSchema.parse({ arrival_time: "16:00", adults: 2 }));
    const events = (await getDb().select().from(outboxEvents)).filter((e) => e.payload.booking_id === booking.reference);
    expect(events.map((e) => [e.name, e.channels])).toEqual(
      expect.arrayContaining([
        ["booking.updated", [`private-guest-booking.${booking.reference}`]],
        ["staff.booking_changed", [`private-${hotel.slug}.staff-bookings`]],
      ]),
    );
    expect(events.find((e) => e.name === "staff.booking_changed")?.payload.change).toBe("precheckin");
  });
});
