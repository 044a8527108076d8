import { randomUUID } from "node:crypto";
import { withSql } from "./db";
import { bookingOf, expect, staffOf, test } from "./fixtures";
import { signedInApi } from "./staff-helpers";

// Issue 12, point 16: only a link's hash is stored; the dev outbox keeps a redacted copy.

const RAW_LINK = /\/g\/[A-Za-z0-9_-]{43}/;

test("an emailed link is kept nowhere in the outbox, neither in the database nor on the outbox page", async ({ seed, baseURL }) => {
  const desk = staffOf(seed, "FRONT_DESK");
  const { booking } = bookingOf(seed, "arriving");
  const api = await signedInApi(baseURL!, desk);
  const res = await api.post(`/api/console/bookings/${booking.reference}/links/email`, {
    data: { to: "redacted@example.com", purpose: "FULL_ACCESS", canChat: true, canOrderServices: true, idempotencyKey: randomUUID() },
  });
  expect(res.status()).toBe(201);
  const sent = (await res.json()) as { emailId: string; transport: string; url?: string };
  expect(sent.transport).toBe("dev-outbox");

  const [row] = await withSql((sql) => sql`select html, text from email_messages where id = ${sent.emailId}`);
  expect(row!.html).not.toMatch(RAW_LINK);
  expect(row!.text).not.toMatch(RAW_LINK);
  const page = await api.get(`/console/outbox/${sent.emailId}`);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("redacted@example.com");
  expect(html).not.toMatch(RAW_LINK);

  // The sender gets the working link once, in the answer, as when issuing a link.
  expect(sent.url).toMatch(RAW_LINK);
  const open = await api.get(sent.url!, { maxRedirects: 0 });
  expect(open.headers()["location"]).toMatch(/\/stay$/);
  await api.dispose();
});
