import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, chatQuickReplies } from "@/lib/db/schema";
import { parseWith } from "@/lib/http/parse";
import { resetChatLimiters } from "@/lib/rate-limit/chat-limiter";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";
import { addQuickReply, listQuickReplies, quickReplySchema, updateQuickReply } from "./quick-replies";
import { quickReplyText } from "./quick-reply-text";
import { parseSendMessage } from "./schemas";
import { sendGuestMessage } from "./send-guest-message";
import { getStaffConversation } from "./staff-conversation";
import { startChat } from "./start-chat";

// Quick replies per guest language (issue 24): the editor saves a text per language, and the
// conversation offers the one in the guest's language (the booking's), else the reply as written.

async function conversationOf(hotel: Awaited<ReturnType<typeof testHotel>>, language: string | null) {
  const booking = await testBooking(hotel, "in_house");
  if (language) await getDb().update(bookings).set({ language }).where(eq(bookings.id, booking.id));
  const r = await validateToken((await testLink(hotel, booking)).raw);
  if (!r.ok) throw new Error("token invalid");
  const { conversation_id } = await startChat(r as GuestAccess);
  await sendGuestMessage(r as GuestAccess, parseSendMessage({ message: "Towels, please" }));
  return conversation_id;
}

beforeEach(() => resetChatLimiters());

describe("quick replies in the guest's language", () => {
  it("saves a text per language (blank ones untranslated) and keeps them on an edit that does not carry them", async () => {
    const hotel = await testHotel();
    const saved = await addQuickReply(
      hotel.id,
      quickReplySchema.parse({ title: "Towels", body: "Fresh towels are on their way.", translations: { pt: " Toalhas lavadas a caminho. ", de: "Frische Handtücher sind unterwegs.", fr: "  " } }),
    );
    expect(saved).toEqual({ id: saved.id, title: "Towels", body: "Fresh towels are on their way.", translations: { pt: "Toalhas lavadas a caminho.", de: "Frische Handtücher sind unterwegs." } });
    // Without translations, an edit keeps them (an older client); with them, they are replaced.
    const renamed = await updateQuickReply(hotel.id, saved.id, quickReplySchema.parse({ title: "Towels!", body: "Fresh towels are coming." }));
    expect(renamed.translations).toEqual(saved.translations);
    const replaced = await updateQuickReply(hotel.id, saved.id, quickReplySchema.parse({ title: "Towels!", body: "Fresh towels are coming.", translations: { ar: "المناشف النظيفة في الطريق إليك.", pt: "" } }));
    expect(replaced.translations).toEqual({ ar: "المناشف النظيفة في الطريق إليك." });
    expect(await listQuickReplies(hotel.id)).toEqual([replaced]);
  });

  it("refuses a key that is not a guest language, and writes nothing", async () => {
    const hotel = await testHotel();
    const saved = await addQuickReply(hotel.id, quickReplySchema.parse({ title: "Wi-Fi", body: "The code is on your key card.", translations: { de: "Der Code steht auf Ihrer Schlüsselkarte." } }));
    for (const translations of [{ it: "Il codice è sulla chiave." }, { DE: "x" }, { "de-CH": "x" }, ["de"], "de"]) {
      expect(() => parseWith(quickReplySchema, { title: "Wi-Fi", body: "New text", translations })).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR" }));
    }
    expect(() => parseWith(quickReplySchema, { title: "Wi-Fi", body: "x", translations: { it: "x" } })).toThrow(expect.objectContaining({ fields: { "translations.it": ["Not a guest language (en, pt, de, fr, es, ar)"] } }));
    expect(() => parseWith(quickReplySchema, { title: "Wi-Fi", body: "x", translations: { pt: "x".repeat(2001) } })).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR" }));
    const rows = await getDb().select().from(chatQuickReplies).where(eq(chatQuickReplies.hotelId, hotel.id));
    expect(rows.map((r) => ({ id: r.id, title: r.title, body: r.body, translations: r.translations }))).toEqual([saved]);
  });

  it("the conversation carries each reply's texts and the guest's language; the offered text is theirs, else the reply as written", async () => {
    const hotel = await testHotel();
    await addQuickReply(hotel.id, quickReplySchema.parse({ title: "Towels", body: "Fresh towels are on their way.", translations: { de: "Frische Handtücher sind unterwegs.", ar: "المناشف النظيفة في الطريق إليك." } }));
    const offered = async (language: string | null) => {
      const view = await getStaffConversation({ hotelId: hotel.id, id: await conversationOf(hotel, language), page: { limit: 30 } });
      expect(view.booking.guest_language).toBe(language);
      return view.quick_replies.map((r) => quickReplyText(r, view.booking.guest_language));
    };
    expect(await offered("de")).toEqual(["Frische Handtücher sind unterwegs."]);
    expect(await offered("ar")).toEqual(["المناشف النظيفة في الطريق إليك."]);
    // No German text for a French guest, and a guest whose language is not known: the reply as written.
    expect(await offered("fr")).toEqual(["Fresh towels are on their way."]);
    expect(await offered(null)).toEqual(["Fresh towels are on their way."]);
  });
});
