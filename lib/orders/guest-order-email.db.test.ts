import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, emailMessages, hotels, orderLines, orders } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { readMail } from "@/lib/email/read-mail";
import { testBooking, testHotel } from "@/lib/testing/fixtures";
import { startSmtpCapture, type CapturedMail } from "@/lib/testing/smtp-capture";
import { emailOrderEvents } from "./guest-order-email";

// The order emails over the real SMTP path, in the guest's language. The sweep covers every hotel,
// so each test counts the mails and stored copies of its own booking only. "now" is the clock's:
// the events are put 10 minutes in the past (the hotel's delay is 5).

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

const mailsTo = (email: string) => received.filter((m) => m.to.includes(email));

async function guest(language: { booking: string | null; hotelDefault?: string }) {
  const hotel = await testHotel("Casa Azul");
  if (language.hotelDefault) await getDb().update(hotels).set({ defaultLanguage: language.hotelDefault }).where(eq(hotels.id, hotel.id));
  const booking = await testBooking(hotel, "in_house");
  const email = `order-${randomBytes(4).toString("hex")}@example.com`;
  await getDb().update(bookings).set({ email, language: language.booking }).where(eq(bookings.id, booking.id));
  return { hotel, booking, email };
}

/** An order the desk cancelled, or one past its expected time, 10 minutes ago; one dish named in the guest's words. */
async function order(g: Awaited<ReturnType<typeof guest>>, kind: "cancelled" | "late") {
  const tenMinutesAgo = sql`now() - interval '10 minutes'`;
  const [o] = await getDb()
    .insert(orders)
    .values({
      hotelId: g.hotel.id,
      bookingId: g.booking.id,
      type: "ROOM_SERVICE",
      status: kind === "cancelled" ? "CANCELLED" : "PREPARING",
      currency: "EUR",
      subtotalMinor: 3600,
      totalMinor: 3600,
      ...(kind === "cancelled" ? { cancelledBy: "STAFF", cancelledAt: tenMinutesAgo, cancelReason: "Sem peixe hoje" } : { etaAt: tenMinutesAgo }),
    })
    .returning();
  await getDb().insert(orderLines).values({ orderId: o!.id, position: 0, name: "Burger", guestName: "Hambúrguer", quantity: 2, unitPriceMinor: 1800, lineTotalMinor: 3600 });
  return { ...o!, reference: o!.id.slice(0, 6).toUpperCase() };
}

describe("order emails in the guest's language", () => {
  it("Portuguese for a booking in Portuguese, the dish as the guest saw it", async () => {
    const g = await guest({ booking: "pt", hotelDefault: "de" });
    const o = await order(g, "cancelled");
    await emailOrderEvents();
    expect(mailsTo(g.email)).toHaveLength(1);
    const mail = readMail(mailsTo(g.email)[0]!.raw);
    expect(mail.subject).toMatch(new RegExp(`^Casa Azul: o seu pedido das \\d\\d:\\d\\d \\(${o.reference}\\) foi cancelado$`));
    expect(mail.text).toMatch(/O hotel cancelou o seu pedido das \d\d:\d\d \(2 × Hambúrguer\)\./);
    expect(mail.text).toContain("Motivo: Sem peixe hoje");
    expect(mail.html).toContain('<div lang="pt" dir="ltr">');
    const [stored] = await getDb().select().from(emailMessages).where(eq(emailMessages.bookingId, g.booking.id));
    expect(stored?.subject).toBe(mail.subject);
  });

  it("Arabic right to left for a late order", async () => {
    const g = await guest({ booking: "ar" });
    const o = await order(g, "late");
    await emailOrderEvents();
    expect(mailsTo(g.email)).toHaveLength(1);
    const mail = readMail(mailsTo(g.email)[0]!.raw);
    expect(mail.subject).toMatch(new RegExp(`^Casa Azul: طلبكم المقدَّم الساعة \\d\\d:\\d\\d \\(${o.reference}\\) متأخر$`));
    expect(mail.html).toContain('<div lang="ar" dir="rtl">');
  });

  it("the hotel's default language for a booking without one", async () => {
    const g = await guest({ booking: null, hotelDefault: "es" });
    await order(g, "late");
    await emailOrderEvents();
    expect(mailsTo(g.email)).toHaveLength(1);
    expect(readMail(mailsTo(g.email)[0]!.raw).subject).toMatch(/^Casa Azul: su pedido de las \d\d:\d\d \(\w{6}\) se está retrasando$/);
  });

  it("once per order and event, also when the booking's language changed since, without holding up the next order", async () => {
    const g = await guest({ booking: "pt" });
    await order(g, "cancelled");
    await emailOrderEvents();
    expect(mailsTo(g.email)).toHaveLength(1);
    await getDb().update(bookings).set({ language: "de" }).where(eq(bookings.id, g.booking.id));
    await emailOrderEvents();
    expect(mailsTo(g.email)).toHaveLength(1);
    // The order emailed in Portuguese is not picked again (one pass of one order must reach the next).
    const next = await order(g, "cancelled");
    for (let pass = 0; pass < 5 && mailsTo(g.email).length < 2; pass++) await emailOrderEvents({ limit: 1 });
    expect(mailsTo(g.email)).toHaveLength(2);
    expect(readMail(mailsTo(g.email)[1]!.raw).subject).toMatch(new RegExp(`^Casa Azul: Ihre Bestellung von \\d\\d:\\d\\d Uhr \\(${next.reference}\\) wurde storniert$`));
  });
});
