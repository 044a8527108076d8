import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, emailMessages, requestTypes, type RequestKind } from "@/lib/db/schema";
import { createStaff } from "@/lib/demo/builders";
import { readMail } from "@/lib/email/read-mail";
import { resetEnvCache } from "@/lib/env";
import { testHotel } from "@/lib/testing/fixtures";
import { guestOf } from "@/lib/testing/orders";
import { startSmtpCapture, type CapturedMail } from "@/lib/testing/smtp-capture";
import { changeRequestStatus } from "./change-request-status";
import { listGuestRequests } from "./guest-requests";
import { placeServiceRequest } from "./place-request";
import { emailRequestOutcomes } from "./request-email";
import { guestRequestSchema } from "./schemas";

// The outcome email over the real SMTP path: sent once for a done or declined request the guest
// has not seen, in their language; never when they saw it in the portal. The sweep covers every
// hotel, so each test counts its own booking's mails. The sweep's clock is moved past the delay (5 minutes).

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

async function setUp(language: string | null) {
  const hotel = await testHotel("Casa Azul");
  const guest = await guestOf(hotel);
  const email = `req-${randomBytes(4).toString("hex")}@example.com`;
  await getDb().update(bookings).set({ email, language }).where(eq(bookings.id, guest.booking.id));
  const staff = await createStaff(getDb(), { email: `d-${randomBytes(4).toString("hex")}@example.com`, name: "Dana Desk", password: "not-used-here", memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
  const actor = { kind: "STAFF" as const, hotelId: hotel.id, staffId: staff.id, role: "FRONT_DESK" as const };
  const type = async (kind: RequestKind) => (await getDb().select({ id: requestTypes.id }).from(requestTypes).where(and(eq(requestTypes.hotelId, hotel.id), eq(requestTypes.kind, kind))))[0]!.id;
  return { hotel, guest: { ...guest, booking: { ...guest.booking, email, language } }, email, actor, type };
}

const mailsTo = (email: string) => received.filter((m) => m.to.includes(email)).map((m) => readMail(m.raw));
const later = (min: number) => new Date(Date.now() + min * 60_000);

describe("request outcome emails", () => {
  it("a done request the guest has not seen is emailed once, in their language; a seen one is not", async () => {
    const { guest, email, actor, type } = await setUp("pt");
    const { requestId } = await placeServiceRequest(guest, guestRequestSchema.parse({ type_id: await type("AMENITIES"), items: [{ key: "pillows", quantity: 1 }] }), { locale: "pt" });
    await changeRequestStatus(actor, { requestId, status: "DONE" });
    // Not yet: the delay has not passed.
    await emailRequestOutcomes({ now: later(1) });
    expect(mailsTo(email)).toHaveLength(0);
    await emailRequestOutcomes({ now: later(6) });
    await emailRequestOutcomes({ now: later(7) });
    expect(mailsTo(email)).toHaveLength(1);
    expect(mailsTo(email)[0]!.subject).toBe("Casa Azul: o seu pedido foi concluído (Toalhas e amenidades)");
    const stored = await getDb().select().from(emailMessages).where(eq(emailMessages.bookingId, guest.booking.id));
    expect(stored).toHaveLength(1);

    // Seen in the portal before the sweep: no email.
    const { requestId: second } = await placeServiceRequest(guest, guestRequestSchema.parse({ type_id: await type("MAINTENANCE"), description: "Tap drips" }), { locale: "pt" });
    await changeRequestStatus(actor, { requestId: second, status: "DONE" });
    await listGuestRequests(guest, "pt");
    await emailRequestOutcomes({ now: later(6) });
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("a declined late check-out gives the reason; an approved one the new time", async () => {
    const { guest, email, actor, type } = await setUp(null);
    const late = guestRequestSchema.parse({ type_id: await type("LATE_CHECKOUT"), checkout_time: "12:30" });
    const { requestId } = await placeServiceRequest(guest, late, { locale: "en" });
    await changeRequestStatus(actor, { requestId, status: "DECLINED", reason: "Fully booked tomorrow" });
    const { requestId: again } = await placeServiceRequest(guest, late, { locale: "en" });
    await changeRequestStatus(actor, { requestId: again, status: "DONE" });
    await emailRequestOutcomes({ now: later(6) });
    const mails = mailsTo(email);
    expect(mails.map((m) => m.subject).sort()).toEqual(["Casa Azul: your request could not be met (Late check-out)", "Casa Azul: your request is done (Late check-out)"]);
    expect(mails.find((m) => m.subject.includes("could not"))!.text).toContain("Reason: Fully booked tomorrow");
    expect(mails.find((m) => m.subject.includes("is done"))!.text).toContain("Your check-out time is now 12:30.");
  });
});
