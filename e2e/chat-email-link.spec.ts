import { randomBytes } from "node:crypto";
import { withSql } from "./db";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { magicLinkIn, mailsTo } from "./mail";
import { signedInApi } from "./staff-helpers";

// "The guest has left the page": the scheduler's sweep route emails a due unseen staff reply once
// over real SMTP (e2e/smtp-sink.ts), and the emailed CHAT link opens the live conversation.

const SECRET = { Authorization: "Bearer e2e-cron-secret-0123456789" };
const chatPath = (slug: string, p: string) => `/api/public/hotel/${slug}/chat/${p}/`;

let seed: SeedDocument;
test.beforeAll(async () => {
  // Its own hotels: the sweep emails every due conversation, so no other spec's replies are in play.
  seed = await seedIsolated(`mail${randomBytes(3).toString("hex")}`);
});

/** The guest wrote, the desk replied 10 minutes ago, and the guest has not seen it (one booking per test). */
async function dueReply(baseURL: string, reply: string, hotelIndex: number) {
  const { booking, hotel } = bookingOf(seed, "in_house", hotelIndex);
  const address = `chat-${randomBytes(4).toString("hex")}@example.com`;
  await withSql((sql) => sql`update bookings set email = ${address} where reference = ${booking.reference}`);
  const guest = await signedInApi(baseURL);
  const headers = { Authorization: `Bearer ${linkOf(seed, booking.reference).token}` };
  const { conversation_id } = (await (await guest.post(chatPath(hotel.slug, "start"), { headers })).json()) as { conversation_id: string };
  expect((await guest.post(chatPath(hotel.slug, "message"), { headers, data: { message: "Is the spa open tonight?" } })).status()).toBe(200);
  await guest.dispose();
  const desk = await signedInApi(baseURL, staffOf(seed, "FRONT_DESK", hotelIndex));
  const sent = await desk.post(`/api/console/conversations/${conversation_id}/messages`, { data: { message: reply } });
  expect(sent.status()).toBe(200);
  const { message_id } = (await sent.json()) as { message_id: number };
  await desk.dispose();
  await withSql((sql) => sql`update chat_messages set created_at = now() - interval '10 minutes' where id = ${message_id}`);
  return { booking, address };
}

test("the sweep route needs the cron secret; with it a due unseen reply is emailed exactly once", async ({ request, baseURL }) => {
  const { booking, address } = await dueReply(baseURL!, "The spa is open until 22:00.", 0);
  for (const headers of [{}, { Authorization: "Bearer not-the-secret-at-all" }] as Record<string, string>[]) {
    const refused = await request.post("/api/internal/outbox/sweep/", { headers });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).code).toBe("UNAUTHENTICATED");
  }
  expect(mailsTo(address)).toHaveLength(0);

  const first = await request.post("/api/internal/outbox/sweep/", { headers: SECRET });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ delivered: expect.any(Number), purged: expect.any(Number), chat_emails: { sent: expect.any(Number), failed: 0 } });
  // Exactly one, whichever pass claimed it (the server's own timer may overlap the call).
  expect(mailsTo(address)).toHaveLength(1);
  expect(magicLinkIn(mailsTo(address)[0]!)).not.toBeNull();

  const second = await request.get("/api/internal/outbox/sweep/", { headers: SECRET });
  expect(second.status()).toBe(200);
  expect(mailsTo(address)).toHaveLength(1);
  const rows = await withSql((sql) => sql`select e.status, e.text from email_messages e join bookings b on b.id = e.booking_id where b.reference = ${booking.reference} and e.to_address = ${address}`);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.status).toBe("SENT");
  expect(rows[0]!.text).not.toMatch(/\/g\/[A-Za-z0-9_-]{40,}/);
});

test("the emailed chat link opens the live conversation with the reply, also after the switch question", async ({ browser, baseURL }) => {
  test.setTimeout(120_000); // several browser contexts and sign-ins on a busy 2-core machine
  const reply = `Your table is booked for 20:00. ${Date.now().toString(36)}`;
  const { address } = await dueReply(baseURL!, reply, 1);
  expect((await (await fetch(`${baseURL}/api/internal/outbox/sweep/`, { method: "POST", headers: SECRET })).json()).chat_emails).toBeDefined();
  const link = magicLinkIn(mailsTo(address)[0]!);
  expect(link).toMatch(/\/g\//);

  const phone = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await phone.newPage();
  await page.goto(link!);
  await expect(page).toHaveURL(/\/stay\/chat$/);
  const shown = page.getByTestId("chat-message").filter({ hasText: reply });
  await expect(shown).toHaveAttribute("data-sender", "staff");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  // Opening it marks the reply seen, so no further email comes for it.
  await expect.poll(async () => (await withSql((sql) => sql`select c.guest_read_up_to from conversations c join bookings b on b.id = c.booking_id where b.email = ${address}`))[0]?.guest_read_up_to ?? null).not.toBeNull();
  await screenshot(page, "chat-guest-from-email");
  await phone.close();

  // A device that already shows another booking is asked first, then lands in the chat too.
  const other = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const second = await other.newPage();
  await second.goto(linkOf(seed, bookingOf(seed, "arriving", 1).booking.reference).url);
  await expect(second).toHaveURL(/\/stay$/);
  await second.goto(link!);
  await expect(second).toHaveURL(/\/stay\/switch$/);
  await second.getByRole("button", { name: /^Open booking / }).click();
  await expect(second).toHaveURL(/\/stay\/chat$/);
  await expect(second.getByTestId("chat-message").filter({ hasText: reply })).toBeVisible();
  await other.close();
});
