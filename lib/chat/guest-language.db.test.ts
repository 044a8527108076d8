import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { updateBooking } from "@/lib/bookings/update-booking";
import { updateBookingSchema } from "@/lib/bookings/schemas";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { resetChatLimiters } from "@/lib/rate-limit/chat-limiter";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";
import { listInbox } from "./inbox";
import { parseSendMessage } from "./schemas";
import { sendGuestMessage } from "./send-guest-message";
import { getStaffConversation } from "./staff-conversation";
import { startChat } from "./start-chat";

async function guestWhoWrote(hotel: Awaited<ReturnType<typeof testHotel>>, text: string) {
  const booking = await testBooking(hotel, "in_house");
  const r = await validateToken((await testLink(hotel, booking)).raw);
  if (!r.ok) throw new Error("token invalid");
  const access = r as GuestAccess;
  const { conversation_id } = await startChat(access);
  await sendGuestMessage(access, parseSendMessage({ message: text }));
  return { booking, conversationId: conversation_id };
}

const setLanguage = (hotel: Awaited<ReturnType<typeof testHotel>>, reference: string, language: string) =>
  updateBooking({ staffId: null, hotel }, reference, updateBookingSchema.parse({ language }));

beforeEach(() => resetChatLimiters());

describe("the guest's language in the console chat", () => {
  it("the inbox rows and the conversation's booking facts carry guest_language (null when not known)", async () => {
    const hotel = await testHotel();
    const desk = await createStaff(getDb(), { email: `desk-${randomBytes(4).toString("hex")}@example.com`, name: "Maria Costa", password: "x-password-123", memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
    const known = await guestWhoWrote(hotel, "Olá, a piscina está aberta?");
    const unknown = await guestWhoWrote(hotel, "Is breakfast included?");
    await setLanguage(hotel, known.booking.reference, "pt");

    const inbox = await listInbox({ hotelId: hotel.id, staffId: desk.id, query: { filter: "all" } });
    expect(Object.fromEntries(inbox.conversations.map((c) => [c.id, c.guest_language]))).toEqual({ [known.conversationId]: "pt", [unknown.conversationId]: null });

    const view = await getStaffConversation({ hotelId: hotel.id, id: known.conversationId, page: { limit: 30 } });
    expect(view.booking).toMatchObject({ reference: known.booking.reference, guest_name: known.booking.primaryGuestName, guest_language: "pt" });
    expect((await getStaffConversation({ hotelId: hotel.id, id: unknown.conversationId, page: { limit: 30 } })).booking.guest_language).toBeNull();
  });

  it("follows a change on the booking, the Arabic guest included", async () => {
    const hotel = await testHotel();
    const desk = await createStaff(getDb(), { email: `desk-${randomBytes(4).toString("hex")}@example.com`, name: "Maria Costa", password: "x-password-123", memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
    const { booking, conversationId } = await guestWhoWrote(hotel, "مرحبا");
    await setLanguage(hotel, booking.reference, "de");
    await setLanguage(hotel, booking.reference, "ar");
    const [row] = (await listInbox({ hotelId: hotel.id, staffId: desk.id, query: { filter: "all", q: booking.reference } })).conversations;
    expect(row).toMatchObject({ id: conversationId, guest_language: "ar" });
    expect((await getStaffConversation({ hotelId: hotel.id, id: conversationId, page: { limit: 30 } })).booking.guest_language).toBe("ar");
  });
});
