import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { chatMessages, conversations, idempotencyKeys, outboxEvents } from "@/lib/db/schema";
import { resetChatLimiters } from "@/lib/rate-limit/chat-limiter";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";
import { readGuestMessages } from "./guest-messages";
import { guestMarkRead } from "./guest-read";
import { listInbox } from "./inbox";
import { addQuickReply, deleteQuickReply, listQuickReplies, quickReplySchema, updateQuickReply } from "./quick-replies";
import { parseMessageText, parseSendMessage } from "./schemas";
import { sendGuestMessage } from "./send-guest-message";
import { assignConversation, sendStaffMessage, setConversationStatus, staffMarkRead, type ChatActor } from "./staff-actions";
import { getStaffConversation } from "./staff-conversation";
import { startChat } from "./start-chat";
import { guestTyping, staffTyping } from "./typing";

async function guest(state: "in_house" | "departed" = "in_house") {
  const hotel = await testHotel();
  const booking = await testBooking(hotel, state, "204");
  const link = await testLink(hotel, booking);
  const r = await validateToken(link.raw);
  if (!r.ok) throw new Error("token invalid");
  return { hotel, booking, access: r as GuestAccess };
}

async function deskOf(hotelId: string, name = "Maria Costa"): Promise<ChatActor> {
  const s = await createStaff(getDb(), { email: `desk-${randomBytes(4).toString("hex")}@example.com`, name, password: "x-password-123", memberships: [{ hotelId, role: "FRONT_DESK" }] });
  return { staffId: s.id, staffName: name, hotelId };
}

async function eventsFor(conversationId: string) {
  const rows = await getDb().select().from(outboxEvents).orderBy(outboxEvents.createdAt);
  return rows.filter((r) => r.payload.conversation_id === conversationId).map((r) => ({ name: r.name, channels: r.channels, payload: r.payload }));
}

const msg = (message: string, client_id?: string) => parseSendMessage({ message, client_id });

beforeEach(() => resetChatLimiters());

describe("message text", () => {
  it("trims, refuses empty, whitespace, non-strings and more than 2,000 characters", () => {
    expect(parseMessageText("  hi  ")).toBe("hi");
    expect(() => parseMessageText("   \n\t ")).toThrow("Message cannot be empty");
    expect(() => parseMessageText("")).toThrow("Message cannot be empty");
    expect(() => parseMessageText(42)).toThrow("Message must be text");
    expect(parseMessageText("x".repeat(2000))).toHaveLength(2000);
    expect(() => parseMessageText("x".repeat(2001))).toThrow(/too long/);
  });
});

describe("guest chat", () => {
  it("has one conversation per booking; start twice gives the same one", async () => {
    const { access, booking } = await guest();
    const a = await startChat(access);
    const b = await startChat(access);
    expect(a.conversation_id).toBe(b.conversation_id);
    expect(a.pusher_channel).toBe(`private-guest-chat.${booking.reference}`);
  });

  it("a client_id reused days later answers the original message, as a replay does, and stores no copy", async () => {
    const { access } = await guest();
    const first = await sendGuestMessage(access, msg("Late checkout?", "c-old"));
    // Days pass: older than any idempotency window (IDEMPOTENCY_TTL_HOURS).
    await getDb().update(chatMessages).set({ createdAt: sql`now() - interval '3 days'` }).where(eq(chatMessages.id, first.message_id));
    await getDb().update(idempotencyKeys).set({ createdAt: sql`now() - interval '3 days'` }).where(eq(idempotencyKeys.key, "c-old"));
    const [stored] = await getDb().select().from(chatMessages).where(eq(chatMessages.id, first.message_id));
    const again = await sendGuestMessage(access, msg("Late checkout?", "c-old"));
    expect(again).toEqual({ message_id: first.message_id, sent_at: stored!.createdAt.toISOString(), duplicate: true });
    await expect(sendGuestMessage(access, msg("Other text", "c-old"))).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: 422 });
    expect((await readGuestMessages(access, { limit: 30 }, true)).messages.map((m) => m.body)).toEqual(["Late checkout?"]);
  });

  it("a repeated client_id returns the first message (another text with it is refused), and announces it once with the seed's payload", async () => {
    const { access, booking } = await guest();
    const { conversation_id } = await startChat(access);
    const first = await sendGuestMessage(access, msg("Extra towels please", "c-1"));
    const again = await sendGuestMessage(access, msg("Extra towels please", "c-1"));
    expect(again.message_id).toBe(first.message_id);
    // The same client_id with another text is a reused key, not a silent duplicate.
    await expect(sendGuestMessage(access, msg("Something else", "c-1"))).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: 422 });
    const page = await readGuestMessages(access, { limit: 30 }, true);
    expect(page.messages.map((m) => m.body)).toEqual(["Extra towels please"]);
    const events = await eventsFor(conversation_id);
    expect(events.filter((e) => e.name === "guest_message")).toHaveLength(1);
    expect(events[0]).toMatchObject({
      channels: [`private-${access.hotel.slug}.staff-chat`],
      payload: { conversation_id, booking_id: booking.reference, guest_name: booking.primaryGuestName, message: "Extra towels please", room_number: "204" },
    });
  });

  it("puts only a preview of a long message in events", async () => {
    const { access } = await guest();
    const { conversation_id } = await startChat(access);
    await sendGuestMessage(access, msg("y".repeat(2000)));
    const [e] = await eventsFor(conversation_id);
    expect(String(e?.payload.message).length).toBeLessThanOrEqual(140);
  });

  it("refuses sending after check-out but keeps the history readable", async () => {
    const { access } = await guest("departed");
    await expect(sendGuestMessage(access, msg("hello"))).rejects.toMatchObject({ code: "CHAT_CLOSED", status: 403 });
    const page = await readGuestMessages(access, { limit: 30 }, false);
    expect(page.can_send).toBe(false);
  });

  it("stops a flood from one booking with 429 and a retry time", async () => {
    const { access } = await guest();
    await startChat(access);
    let refused: unknown = null;
    for (let i = 0; i < 25 && !refused; i++) {
      await sendGuestMessage(access, msg(`m${i}`)).catch((e: unknown) => (refused = e));
    }
    expect(refused).toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("paginates oldest first with before/limit", async () => {
    const { access } = await guest();
    await startChat(access);
    for (let i = 1; i <= 5; i++) await sendGuestMessage(access, msg(`m${i}`));
    const last = await readGuestMessages(access, { limit: 2 }, true);
    expect(last.messages.map((m) => m.body)).toEqual(["m4", "m5"]);
    expect(last.has_more).toBe(true);
    const older = await readGuestMessages(access, { limit: 10, before: last.messages[0]!.id }, true);
    expect(older.messages.map((m) => m.body)).toEqual(["m1", "m2", "m3"]);
    expect(older.has_more).toBe(false);
  });
});

describe("staff side", () => {
  it("reply, read marks both ways, resolve, a guest message reopens, assign", async () => {
    const { access, hotel, booking } = await guest();
    const desk = await deskOf(hotel.id);
    const { conversation_id: id } = await startChat(access);
    const g = await sendGuestMessage(access, msg("Is the pool open?"));

    let inbox = await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "unread" } });
    expect(inbox.conversations.map((c) => [c.id, c.unread_count])).toEqual([[id, 1]]);
    expect(inbox.unread_total).toBe(1);

    const reply = await sendStaffMessage(desk, id, msg("Yes, until 22:00."));
    inbox = await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "unread" } });
    expect(inbox.conversations).toEqual([]); // replying marks the guest's messages seen

    const guestView = await readGuestMessages(access, { limit: 30 }, true);
    expect(guestView.messages.map((m) => [m.sender, m.sender_name, m.read])).toEqual([
      ["guest", "guest", true],
      ["staff", "Maria", false],
    ]);
    await guestMarkRead(access, reply.message_id);
    const staffView = await getStaffConversation({ hotelId: hotel.id, id, page: { limit: 30 } });
    expect(staffView.messages.map((m) => m.read)).toEqual([true, true]);
    expect(staffView.booking).toMatchObject({ reference: booking.reference, room_number: "204", stay: "in_house" });

    await setConversationStatus(desk, id, "RESOLVED");
    expect((await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "resolved" } })).conversations).toHaveLength(1);
    const resolvedAt = async () => (await getDb().select({ at: conversations.resolvedAt }).from(conversations).where(eq(conversations.id, id)))[0]!.at;
    expect(await resolvedAt()).toBeInstanceOf(Date); // the reports' resolution time
    await sendGuestMessage(access, msg("One more thing"));
    expect(await resolvedAt()).toBeNull();
    expect((await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "open" } })).conversations.map((c) => c.id)).toEqual([id]);

    await assignConversation(desk, id, desk.staffId);
    expect((await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "mine" } })).conversations).toHaveLength(1);

    // Events of one transaction share a timestamp, so compare the multiset.
    const names = (await eventsFor(id)).map((e) => e.name).sort();
    expect(names).toEqual(["guest_message", "chat.staff_message", "chat.read", "chat.read", "chat.conversation_updated", "chat.status_changed", "guest_message", "chat.conversation_updated", "chat.status_changed", "chat.conversation_updated"].sort());
    expect(g.message_id).toBeLessThan(reply.message_id);
  });

  it("searches by name, room or reference", async () => {
    const { access, hotel, booking } = await guest();
    const desk = await deskOf(hotel.id);
    await startChat(access);
    // Started but nothing written yet: nothing for the desk to answer.
    expect((await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "all" } })).conversations).toHaveLength(0);
    await sendGuestMessage(access, msg("Hello"));
    for (const q of [booking.primaryGuestName.slice(0, 5), "204", booking.reference.toLowerCase()]) {
      expect((await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "all", q } })).conversations).toHaveLength(1);
    }
    expect((await listInbox({ hotelId: hotel.id, staffId: desk.staffId, query: { filter: "all", q: "%" } })).conversations).toHaveLength(0);
  });

  it("another hotel's conversation is not found, and cannot be assigned to its staff", async () => {
    const { access, hotel } = await guest();
    const other = await testHotel();
    const stranger = await deskOf(other.id);
    const desk = await deskOf(hotel.id);
    const { conversation_id: id } = await startChat(access);
    await expect(getStaffConversation({ hotelId: other.id, id, page: { limit: 30 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendStaffMessage(stranger, id, msg("hi"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(staffMarkRead(stranger, id, undefined)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assignConversation(desk, id, stranger.staffId)).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    const rows = await getDb().select().from(outboxEvents).where(eq(outboxEvents.name, "chat.staff_message"));
    expect(rows.filter((r) => r.payload.conversation_id === id)).toHaveLength(0);
  });
});

describe("typing relays", () => {
  it("one per sender in the window, and a sent message opens the next one at once, on both sides", async () => {
    const { access, hotel } = await guest();
    const desk = await deskOf(hotel.id);
    const { conversation_id } = await startChat(access);
    const relayed = async () => (await eventsFor(conversation_id)).filter((e) => e.name === "chat.typing").map((e) => e.payload.from);

    expect(await guestTyping(access)).toEqual({ relayed: true });
    expect(await guestTyping(access)).toEqual({ relayed: false });
    await sendGuestMessage(access, msg("Is the pool open?"));
    expect(await guestTyping(access)).toEqual({ relayed: true });
    expect(await guestTyping(access)).toEqual({ relayed: false });

    expect(await staffTyping(desk, conversation_id)).toEqual({ relayed: true });
    expect(await staffTyping(desk, conversation_id)).toEqual({ relayed: false });
    await sendStaffMessage(desk, conversation_id, msg("Until 20:00"));
    expect(await staffTyping(desk, conversation_id)).toEqual({ relayed: true });
    // One sender's message does not open the other's window.
    expect(await guestTyping(access)).toEqual({ relayed: false });
    expect(await relayed()).toEqual(["guest", "guest", "staff", "staff"]);
  });
});

describe("quick replies", () => {
  it("belong to one hotel: listed in the conversation view, another hotel cannot delete them", async () => {
    const { access, hotel } = await guest();
    const other = await testHotel();
    const saved = await addQuickReply(hotel.id, quickReplySchema.parse({ title: "Wi-Fi", body: "The Wi-Fi password is on your key card." }));
    expect(await listQuickReplies(hotel.id)).toEqual([saved]);
    const { conversation_id: id } = await startChat(access);
    expect((await getStaffConversation({ hotelId: hotel.id, id, page: { limit: 30 } })).quick_replies).toEqual([saved]);
    await expect(deleteQuickReply(other.id, saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateQuickReply(other.id, saved.id, { title: "Taken", body: "Taken" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const edited = await updateQuickReply(hotel.id, saved.id, quickReplySchema.parse({ title: " Wi-Fi code ", body: "Network Casa, code on the key card." }));
    expect(edited).toEqual({ id: saved.id, title: "Wi-Fi code", body: "Network Casa, code on the key card.", translations: {} });
    expect(await listQuickReplies(hotel.id)).toEqual([edited]);
    await deleteQuickReply(hotel.id, saved.id);
    expect(await listQuickReplies(hotel.id)).toEqual([]);
    expect(quickReplySchema.safeParse({ title: " ", body: "x" }).success).toBe(false);
  });
});
