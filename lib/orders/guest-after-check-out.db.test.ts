import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, orders } from "@/lib/db/schema";
import { addDays, localDate } from "@/lib/time/zoned";
import type { GuestAccess } from "@/lib/tokens/validate";
import { cancelBreakfastOrder, changeBreakfastOrder } from "./breakfast/change-breakfast-order";
import { placeBreakfastOrder } from "./breakfast/place-breakfast-order";
import { breakfastChangeSchema, breakfastOrderSchema } from "./breakfast/schemas";
import { listGuestBreakfastOrders } from "./breakfast/views";
import { cancelGuestOrder, listGuestOrders } from "./guest-orders";
import { placeRoomServiceOrder } from "./place-room-service-order";
import { roomServiceOrderSchema } from "./schemas";
import { guestOf, orderHotel } from "@/lib/testing/orders";

describe("a guest's orders after check-out", () => {
  it("room service and breakfast alike: cancel (and change) are refused with 409 STAY_ENDED, orders untouched", async () => {
    const { hotel, juice, pancakes } = await orderHotel();
    const guest = await guestOf(hotel);
    const rs = await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 1 }] }));
    // The last morning of the stay (in house: checked in yesterday, leaving in two days).
    const morning = addDays(localDate(new Date(), hotel.timezone), 2);
    const bf = await placeBreakfastOrder(guest, breakfastOrderSchema.parse({ delivery_date: morning, guests: 1, items: [{ item_id: pancakes.id, quantity: 1 }] }));

    // Checked out early, straight in the table: only the stay rule is under test here.
    const [departed] = await getDb().update(bookings).set({ checkedOutAt: new Date() }).where(eq(bookings.id, guest.booking.id)).returning();
    const now: GuestAccess = { ...guest, booking: departed! };
    // `guest` still holds the in-house snapshot read before the check-out; both must be refused.
    for (const access of [guest, now]) {
      await expect(cancelGuestOrder(access, rs.order_id, null, { type: "ROOM_SERVICE" })).rejects.toMatchObject({ code: "STAY_ENDED", status: 409 });
      await expect(cancelBreakfastOrder(access, bf.answer.order_id)).rejects.toMatchObject({ code: "STAY_ENDED", status: 409 });
      await expect(changeBreakfastOrder(access, bf.answer.order_id, breakfastChangeSchema.parse({ guests: 2 }))).rejects.toMatchObject({ code: "STAY_ENDED", status: 409 });
    }
    // What the portal is told matches: no cancel or change offered.
    const listed = [...(await listGuestOrders(now)).orders, ...(await listGuestBreakfastOrders(now)).orders];
    expect(listed.map((o) => [o.order_id, o.can_cancel])).toEqual(expect.arrayContaining([[rs.order_id, false], [bf.answer.order_id, false]]));
    const rows = await getDb().select({ status: orders.status, guests: orders.guests }).from(orders).where(eq(orders.bookingId, guest.booking.id));
    expect(rows.map((r) => r.status)).toEqual(["PENDING", "PENDING"]);
  });
});
