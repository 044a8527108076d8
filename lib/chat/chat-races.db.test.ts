import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, chatMessages, chatQuickReplies, conversations } from "@/lib/db/schema";
import { resetChatLimiters } from "@/lib/rate-limit/chat-limiter";
import { concurrently, raceAgainstHeldLock, racesRunHere } from "@/lib/testing/concurrency";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";
import { addQuickReply, MAX_QUICK_REPLIES, quickReplySchema } from "./quick-replies";
import { parseSendMessage } from "./schemas";
import { sendGuestMessage } from "./send-guest-message";
import { startChat } from "./start-chat";

async function guest(): Promise<GuestAccess> {
  const hotel = await testHotel();
  const booking = await testBooking(hotel, "in_house");
  const r = await validateToken((await testLink(hotel, booking)).raw);
  if (!r.ok) throw new Error("token invalid");
  return r;
}

describe.runIf(racesRunHere())("chat races on PostgreSQL", () => {
  it("parallel first starts make one conversation and all answer with it", async () => {
    const access = await guest();
    const results = await concurrently(6, () => startChat(access));
    const ids = new Set(results.map((r) => (r.status === "fulfilled" ? r.value.conversation_id : `error: ${String(r.reason)}`)));
    expect(ids.size).toBe(1);
    expect(await getDb().select().from(conversations).where(eq(conversations.bookingId, access.booking.id))).toHaveLength(1);
  });

  it("parallel sends with one client_id store one message and all answer with it", async () => {
    resetChatLimiters();
    const access = await guest();
    const results = await concurrently(6, () => sendGuestMessage(access, parseSendMessage({ message: "Taxi at 8, please", client_id: "same-1" })));
    const ids = new Set(results.map((r) => (r.status === "fulfilled" ? r.value.message_id : `error: ${String(r.reason)}`)));
    expect(ids.size).toBe(1);
    const [conv] = await getDb().select().from(conversations).where(eq(conversations.bookingId, access.booking.id));
    expect(await getDb().select().from(chatMessages).where(eq(chatMessages.conversationId, conv!.id))).toHaveLength(1);
  });

  it("a check-out committing while a message is being sent: the send waits for it and is refused", async () => {
    resetChatLimiters();
    const access = await guest();
    const sent = await raceAgainstHeldLock({
      lock: (tx) => tx.select().from(bookings).where(eq(bookings.id, access.booking.id)).for("update"),
      // The token was read before the check-out (in house); the send must not trust that snapshot.
      race: () => sendGuestMessage(access, parseSendMessage({ message: "One more thing" })),
      beforeCommit: (tx) => tx.update(bookings).set({ checkedOutAt: new Date() }).where(eq(bookings.id, access.booking.id)),
    });
    expect(sent).toMatchObject({ status: "rejected", reason: { code: "CHAT_CLOSED" } });
    const convs = await getDb().select({ id: conversations.id }).from(conversations).where(eq(conversations.bookingId, access.booking.id));
    for (const c of convs) expect(await getDb().select().from(chatMessages).where(eq(chatMessages.conversationId, c.id))).toEqual([]);
  });
});

// Runs on both engines: on the embedded one the interleaved awaits of parallel calls showed the
// same count-then-insert gap.
describe("quick-reply cap under parallel adds", () => {
  it("60 parallel adds keep the hotel at the cap: 50 stored, the rest 409 CONFLICT", async () => {
    const hotel = await testHotel();
    const results = await concurrently(60, (i) => addQuickReply(hotel.id, quickReplySchema.parse({ title: `Reply ${i}`, body: "Text" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_QUICK_REPLIES);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await getDb().select().from(chatQuickReplies).where(eq(chatQuickReplies.hotelId, hotel.id))).toHaveLength(MAX_QUICK_REPLIES);
  });
});
