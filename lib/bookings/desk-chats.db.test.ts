import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { parseSendMessage } from "@/lib/chat/schemas";
import { sendGuestMessage } from "@/lib/chat/send-guest-message";
import { sendStaffMessage } from "@/lib/chat/staff-actions";
import { resetChatLimiters } from "@/lib/rate-limit/chat-limiter";
import { guestOf, orderHotel } from "@/lib/testing/orders";
import { checkOut } from "./check-out";
import { bookingConversation, waitingChats } from "./desk-chats";

beforeEach(() => resetChatLimiters());

describe("the desk's waiting chats", () => {
  it("lists a guest until someone answers; a checked-out guest no longer waits; the booking finds its conversation", async () => {
    const { hotel } = await orderHotel();
    const desk = await createStaff(getDb(), { email: `d-${randomBytes(4).toString("hex")}@example.com`, name: "Maria Costa", password: "x-password-123", memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
    const opts = { hotelId: hotel.id, staffId: desk.id };
    const towels = await guestOf(hotel);
    const leaving = await guestOf(hotel);
    const quiet = await guestOf(hotel);
    expect(await waitingChats(opts)).toEqual([]);
    expect(await bookingConversation({ ...opts, reference: quiet.booking.reference })).toBeNull();

    await sendGuestMessage(towels, parseSendMessage({ message: "Extra towels please" }));
    await sendGuestMessage(leaving, parseSendMessage({ message: "Taxi at 10?" }));
    const waiting = await waitingChats(opts);
    expect(waiting.map((w) => [w.booking_ref, w.preview, w.unread])).toEqual([
      [towels.booking.reference, "Extra towels please", 1],
      [leaving.booking.reference, "Taxi at 10?", 1],
    ]);

    const conv = await bookingConversation({ ...opts, reference: towels.booking.reference });
    expect(conv?.waiting?.conversation_id).toBe(waiting[0]!.conversation_id);
    await sendStaffMessage({ staffId: desk.id, staffName: "Maria Costa", hotelId: hotel.id }, conv!.conversation_id, parseSendMessage({ message: "On their way" }));
    expect((await bookingConversation({ ...opts, reference: towels.booking.reference }))?.waiting).toBeNull();

    await checkOut({ staffId: desk.id, hotel }, leaving.booking.reference);
    expect(await waitingChats(opts)).toEqual([]);
    // Another hotel's desk sees none of it.
    const other = await orderHotel();
    expect(await waitingChats({ hotelId: other.hotel.id, staffId: desk.id })).toEqual([]);
  });
});
