import { randomUUID } from "node:crypto";
import { withSql } from "./db";
import { bookingOf, expect, staffOf, test } from "./fixtures";
import { magicLinkIn, mailsTo } from "./mail";
import { signedInApi } from "./staff-helpers";

// Issue 12, point 16: only a link's hash is stored; the outbox keeps a redacted copy (the e2e app
// sends over SMTP to e2e/smtp-sink.ts; the dev-outbox case is in lib/email/send-guest-link.test.ts).

const RAW_LINK = /\/g\/[A-Za-z0-9_-]{43}/;

test("an emailed link is kept nowhere in the outbox, neither in the database nor on the outbox page", async ({ seed, baseURL }) => {
  const desk = staffOf(seed, "FRONT_DESK");
  const { booking } = bookingOf(seed, "arriving");
  const api = await signedInApi(baseURL!, desk);
  const to = `redacted-${randomUUID().slice(0, 8)}@example.com`;
  const res = await api.post(`/api/console/bookings/${booking.reference}/links/email`, {
    data: { to, purpose: "FULL_ACCESS", canChat: true, canOrderServices: true, idempotencyKey: randomUUID() },
  });
  expect(res.status()).toBe(201);
  const sent = (await res.json()) as { emailId: string; transport: string; url?: string };
  expect(sent.transport).toBe("smtp");

  const [row] = await withSql((sql) => sql`select html, text from email_messages where id = ${sent.emailId}`);
  expect(row!.html).not.toMatch(RAW_LINK);
  expect(row!.text).not.toMatch(RAW_LINK);
  const page = await api.get(`/console/outbox/${sent.emailId}`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain(to);
  expect(html).not.toMatch(RAW_LINK);

  // Only the guest's mail holds the working link (over SMTP the answer has none).
  expect(sent.url).toBeUndefined();
  const [mail] = mailsTo(to);
  const link = mail ? magicLinkIn(mail) : null;
  expect(link).toMatch(RAW_LINK);
  const open = await api.get(link!, { maxRedirects: 0 });
  expect(open.headers()["location"]).toMatch(/\/stay$/);
  await api.dispose();
});
