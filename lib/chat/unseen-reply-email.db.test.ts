import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { bookings, chatMessages, emailMessages, guestBookingTokens, hotels } from "@/lib/db/schema";
import { readMail } from "@/lib/email/read-mail";
import { resetEnvCache } from "@/lib/env";
import { resetChatLimiters } from "@/lib/rate-limit/chat-limiter";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { startSmtpCapture, type CapturedMail } from "@/lib/testing/smtp-capture";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";
import { guestMarkRead } from "./guest-read";
import { parseSendMessage } from "./schemas";
import { sendGuestMessage } from "./send-guest-message";
import { sendStaffMessage } from "./staff-actions";
import { startChat } from "./start-chat";
import { emailUnseenReplies } from "./unseen-reply-email";

// The email fallback over the real SMTP path (a local SMTP server, as the guest-link email test
// does), with time passed in: "now" is frozen per call, never read from the clock. The sweep covers
// every hotel, and other test files leave unseen replies of their own in the same database, so each
// test counts the mails and stored copies of its own booking, never the sweep's total.

const received: CapturedMail[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  smtp = await startSmtpCapture({ onMail: (m) => received.push(m) });
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvCache();
  await smtp.close();
});

beforeEach(() => resetChatLimiters());

async function setup() {
  const hotel = await testHotel("Casa Chat");
  const booking = await testBooking(hotel, "in_house");
  const email = `guest-${randomBytes(4).toString("hex")}@example.com`;
  await getDb().execute(`update bookings set email = '${email}' where id = '${booking.id}'`);
  const r = await validateToken((await testLink(hotel, booking)).raw);
  if (!r.ok) throw new Error("token invalid");
  const access = r as GuestAccess;
  const s = await createStaff(getDb(), { email: `d-${randomBytes(4).toString("hex")}@example.com`, name: "Rui Sousa", password: "x-password-123", memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
  const desk = { staffId: s.id, staffName: "Rui Sousa", hotelId: hotel.id };
  const { conversation_id } = await startChat(access);
  await sendGuestMessage(access, parseSendMessage({ message: "Is parking free?" }));
  return { access, desk, email, conversation_id, booking, hotel };
}

const mailsTo = (email: string) => received.filter((m) => m.to.includes(email));
/** The message with quoted-printable soft breaks and escapes undone. */
const decoded = (raw: string | undefined) => (raw ?? "").replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const minutes = (n: number) => n * 60_000;
// Messages get the database's clock; the test moves them onto its frozen timeline.
const setSentAt = (id: number, at: Date) => getDb().update(chatMessages).set({ createdAt: at }).where(eq(chatMessages.id, id));

describe("chat email fallback", () => {
  it("emails an unseen reply once after the hotel's delay, with a new chat link; never twice within the hour", async () => {
    const { desk, email, conversation_id, booking } = await setup();
    const reply = await sendStaffMessage(desk, conversation_id, parseSendMessage({ message: "Yes, <b>free</b> for guests." }));
    const t0 = Date.now() - minutes(180);
    await setSentAt(reply.message_id, new Date(t0));
    await emailUnseenReplies({ now: new Date(t0 + minutes(4)) }); // too early (default 5 min)
    expect(mailsTo(email)).toHaveLength(0);

    await emailUnseenReplies({ now: new Date(t0 + minutes(6)) });
    expect(mailsTo(email)).toHaveLength(1);
    const [mail] = mailsTo(email);
    expect(decoded(mail?.raw)).toContain("Yes, &lt;b&gt;free&lt;/b&gt; for guests.");
    expect(decoded(mail?.raw)).toMatch(/\/g\/[A-Za-z0-9_-]{40,}/);
    const links = await getDb().select().from(guestBookingTokens).where(and(eq(guestBookingTokens.bookingId, booking.id), eq(guestBookingTokens.label, "Chat reply email")));
    expect(links.map((l) => l.purpose)).toEqual(["CHAT"]);
    // The stored copy never holds the link (SMTP path).
    const [stored] = await getDb().select().from(emailMessages).where(eq(emailMessages.bookingId, booking.id));
    expect(stored?.status).toBe("SENT");
    expect(stored?.text).not.toMatch(/\/g\//);

    // A second reply within the hour: no second email.
    const second = await sendStaffMessage(desk, conversation_id, parseSendMessage({ message: "Anything else?" }));
    await setSentAt(second.message_id, new Date(t0 + minutes(10)));
    await emailUnseenReplies({ now: new Date(t0 + minutes(30)) });
    expect(mailsTo(email)).toHaveLength(1);
    // After the hour, the still-unseen newer reply is emailed.
    await emailUnseenReplies({ now: new Date(t0 + minutes(70)) });
    expect(mailsTo(email)).toHaveLength(2);
    expect(reply.message_id).toBeGreaterThan(0);
  });

  it("without SMTP keeps the dev outbox copy without the link", async () => {
    const { desk, conversation_id, booking } = await setup();
    const reply = await sendStaffMessage(desk, conversation_id, parseSendMessage({ message: "Your taxi is booked." }));
    delete process.env.SMTP_URL;
    resetEnvCache();
    try {
      await emailUnseenReplies({ now: new Date(Date.now() + minutes(10)) });
    } finally {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      resetEnvCache();
    }
    const rows = await getDb().select().from(emailMessages).where(eq(emailMessages.bookingId, booking.id));
    expect(rows).toHaveLength(1);
    const [stored] = rows;
    expect(stored).toMatchObject({ transport: "dev-outbox", status: "SENT" });
    expect(stored?.text).toContain("Your taxi is booked.");
    expect(`${stored?.html}${stored?.text}`).not.toMatch(/\/g\/[A-Za-z0-9_-]{20,}/);
    expect(reply.message_id).toBeGreaterThan(0);
  });

  it("sends nothing when the guest has seen the reply", async () => {
    const { access, desk, email, conversation_id } = await setup();
    const reply = await sendStaffMessage(desk, conversation_id, parseSendMessage({ message: "Yes." }));
    await guestMarkRead(access, reply.message_id);
    await emailUnseenReplies({ now: new Date(Date.now() + minutes(10)) });
    expect(mailsTo(email)).toHaveLength(0);
  });
});

describe("chat email fallback, in the guest's language", () => {
  /** A due unseen reply emailed over SMTP; the message as received. */
  async function emailedIn(language: { booking: string | null; hotelDefault?: string }) {
    const { desk, email, conversation_id, booking, hotel } = await setup();
    await getDb().update(bookings).set({ language: language.booking }).where(eq(bookings.id, booking.id));
    if (language.hotelDefault) await getDb().update(hotels).set({ defaultLanguage: language.hotelDefault }).where(eq(hotels.id, hotel.id));
    const reply = await sendStaffMessage(desk, conversation_id, parseSendMessage({ message: "Sim, o estacionamento é gratuito." }));
    const t0 = Date.now() - minutes(180);
    await setSentAt(reply.message_id, new Date(t0));
    await emailUnseenReplies({ now: new Date(t0 + minutes(6)) });
    expect(mailsTo(email)).toHaveLength(1);
    return readMail(mailsTo(email)[0]!.raw);
  }

  it("Portuguese for a booking in Portuguese", async () => {
    const mail = await emailedIn({ booking: "pt", hotelDefault: "de" });
    expect(mail.subject).toBe("Casa Chat: a receção respondeu à sua mensagem");
    expect(mail.text).toContain("A receção de Casa Chat respondeu à sua mensagem na conversa:");
    expect(mail.text).toContain("Sim, o estacionamento é gratuito.");
    expect(mail.text).toMatch(/Continue a conversa: \S+\/g\/[A-Za-z0-9_-]{40,}/);
    expect(mail.html).toContain('<div lang="pt" dir="ltr">');
  });

  it("Arabic right to left, the reply in its own direction", async () => {
    const mail = await emailedIn({ booking: "ar" });
    expect(mail.subject).toBe("Casa Chat: ردّ مكتب الاستقبال على رسالتكم");
    expect(mail.html).toContain('<div lang="ar" dir="rtl">');
    expect(mail.html).toContain('<blockquote dir="auto" ');
    expect(mail.html).toContain(">متابعة المحادثة</a>");
  });

  it("the hotel's default language for a booking without one", async () => {
    const mail = await emailedIn({ booking: null, hotelDefault: "fr" });
    expect(mail.subject).toBe("Casa Chat\u00a0: la réception a répondu à votre message");
    expect(mail.html).toContain('<div lang="fr" dir="ltr">');
  });
});
