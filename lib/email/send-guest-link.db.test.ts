import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookingEvents, bookings, emailMessages, guestBookingTokens, hotels } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { testBooking, testHotel } from "@/lib/testing/fixtures";
import { startSmtpCapture, type CapturedMail } from "@/lib/testing/smtp-capture";
import { readMail } from "./read-mail";
import { sendGuestLinkEmail } from "./send-guest-link";


const received: CapturedMail[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let port = 0;

beforeAll(async () => {
  smtp = await startSmtpCapture({ onMail: (m) => received.push(m), refuse: (address) => address.endsWith("@refused.example") });
  port = smtp.port;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvCache();
  await smtp.close();
});

const input = (to: string) => ({ to, purpose: "FULL_ACCESS" as const, canChat: true, canOrderServices: true, idempotencyKey: randomUUID() });

async function setup() {
  const hotel = await testHotel("Casa Azul");
  const booking = await testBooking(hotel, "arriving");
  return { hotel, booking, actor: { staffId: null, hotel } };
}

describe("sendGuestLinkEmail", () => {
  it("sends a real SMTP message with the link, stores a redacted copy and audits it", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetEnvCache();
    const { actor, booking } = await setup();
    const r = await sendGuestLinkEmail(actor, booking.reference, input("anna@example.com"), "http://hotel.test");
    expect(r.transport).toBe("smtp");
    const mail = received.find((m) => m.to.includes("anna@example.com"));
    expect(mail).toBeDefined();
    const body = mail!.raw.replace(/=\r?\n/g, "");
    expect(body).toContain("Casa Azul");
    expect(body).toContain(booking.reference);
    expect(body).toMatch(/http:\/\/hotel\.test\/g\/[A-Za-z0-9_-]{43}/);
    expect(body).toContain("text/html");
    expect(body).toContain("text/plain");
    const [stored] = await getDb().select().from(emailMessages).where(eq(emailMessages.id, r.emailId));
    expect(stored).toMatchObject({ status: "SENT", transport: "smtp", toAddress: "anna@example.com" });
    expect(stored!.html).not.toMatch(/\/g\/[A-Za-z0-9_-]{43}/);
    const audit = await getDb().select().from(bookingEvents).where(eq(bookingEvents.bookingId, booking.id));
    expect(audit.map((a) => a.kind)).toEqual(expect.arrayContaining(["link_issued", "link_emailed"]));
  });

  it("revokes the new link and records FAILED when the server refuses", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetEnvCache();
    const { actor, booking } = await setup();
    await expect(sendGuestLinkEmail(actor, booking.reference, input("x@refused.example"))).rejects.toMatchObject({ code: "NOT_AVAILABLE" });
    const [msg] = await getDb().select().from(emailMessages).where(eq(emailMessages.bookingId, booking.id));
    expect(msg?.status).toBe("FAILED");
    const tokens = await getDb().select().from(guestBookingTokens).where(eq(guestBookingTokens.bookingId, booking.id));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.revokedAt).not.toBeNull();
  });

  it("with no SMTP configured, keeps a redacted copy in the dev outbox and gives the link once to the sender", async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    const { actor, booking } = await setup();
    const before = received.length;
    const r = await sendGuestLinkEmail(actor, booking.reference, input("dev@example.com"), "http://hotel.test");
    expect(r.transport).toBe("dev-outbox");
    expect(received.length).toBe(before);
    const [stored] = await getDb().select().from(emailMessages).where(eq(emailMessages.id, r.emailId));
    expect(stored).toMatchObject({ status: "SENT", transport: "dev-outbox" });
    expect(stored!.html).not.toMatch(/\/g\/[A-Za-z0-9_-]{43}/);
    expect(stored!.text).not.toMatch(/\/g\/[A-Za-z0-9_-]{43}/);
    expect(stored!.text).toContain("Open your guest page: [guest link removed");
    expect("url" in r && r.url).toMatch(/^http:\/\/hotel\.test\/g\/[A-Za-z0-9_-]{43}$/);
  });

  it("keeps the link valid when SMTP accepted the message but recording it fails", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetEnvCache();
    const { actor, booking } = await setup();
    // A real database failure on the status update (not a mock): a trigger refuses it for this booking.
    await getDb().execute(sql.raw(`create or replace function edges_refuse_sent() returns trigger as $$ begin raise exception 'disk full'; end $$ language plpgsql`));
    await getDb().execute(
      sql.raw(`create trigger edges_refuse_sent before update on email_messages for each row when (new.status = 'SENT' and new.booking_id = '${booking.id}') execute function edges_refuse_sent()`),
    );
    try {
      const r = await sendGuestLinkEmail(actor, booking.reference, input("kept@example.com"), "http://hotel.test");
      expect(received.some((m) => m.to.includes("kept@example.com"))).toBe(true);
      const [token] = await getDb().select().from(guestBookingTokens).where(eq(guestBookingTokens.id, r.tokenId));
      expect(token?.revokedAt).toBeNull();
    } finally {
      await getDb().execute(sql.raw(`drop trigger edges_refuse_sent on email_messages`));
    }
  });
});

describe("the guest-link email's language", () => {
  /** Sends over SMTP to a fresh address; the message as received, and the stored copy. */
  async function sendIn(language: { booking: string | null; hotelDefault?: string }) {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetEnvCache();
    const { hotel, actor, booking } = await setup();
    await getDb().update(bookings).set({ language: language.booking }).where(eq(bookings.id, booking.id));
    if (language.hotelDefault) await getDb().update(hotels).set({ defaultLanguage: language.hotelDefault }).where(eq(hotels.id, hotel.id));
    const to = `lang-${randomUUID().slice(0, 8)}@example.com`;
    const r = await sendGuestLinkEmail(actor, booking.reference, input(to), "http://hotel.test");
    const raw = received.find((m) => m.to.includes(to))?.raw;
    expect(raw).toBeDefined();
    const [stored] = await getDb().select().from(emailMessages).where(eq(emailMessages.id, r.emailId));
    return { mail: readMail(raw!), stored: stored!, booking };
  }

  it("is the booking's: Portuguese subject, text and HTML", async () => {
    const { mail, stored, booking } = await sendIn({ booking: "pt", hotelDefault: "de" });
    expect(mail.subject).toBe("A sua estadia em Casa Azul: o seu link de hóspede");
    expect(stored.subject).toBe(mail.subject);
    expect(mail.text).toContain(`Reserva ${booking.reference}: `);
    expect(mail.text).toMatch(/Abra a sua página de hóspede: http:\/\/hotel\.test\/g\/[A-Za-z0-9_-]{43}/);
    expect(mail.html).toContain('<html lang="pt" dir="ltr">');
    expect(mail.html).toContain(">Abrir a sua página de hóspede</a>");
    expect(stored.text).toContain("Abra a sua página de hóspede: [guest link removed");
  });

  it("Arabic is right to left", async () => {
    const { mail } = await sendIn({ booking: "ar" });
    expect(mail.subject).toBe("إقامتكم في Casa Azul: رابط الضيف الخاص بكم");
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.text).toContain("مرحبًا ");
    expect(mail.html).toMatch(/http:\/\/hotel\.test\/g\/[A-Za-z0-9_-]{43}/);
  });

  it("without a booking language is the hotel's default; English stays English", async () => {
    const de = await sendIn({ booking: null, hotelDefault: "de" });
    expect(de.mail.subject).toBe("Ihr Aufenthalt im Casa Azul: Ihr Gästelink");
    expect(de.mail.html).toContain('<html lang="de" dir="ltr">');
    const en = await sendIn({ booking: "en", hotelDefault: "de" });
    expect(en.mail.subject).toBe("Your stay at Casa Azul: your guest link");
    expect(en.mail.html).toContain('<html lang="en">');
  });
});
