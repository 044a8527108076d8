import { randomBytes, randomUUID } from "node:crypto";
import { withSql } from "./db";
import { bookingOf, expect, linkOf, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { signedInApi } from "./staff-helpers";

// Issue 20, point 5: text that looks blank (only zero-width or bidi characters) is refused like
// empty text, bidi controls never reach storage, free text is shown isolated (dir="auto"/<bdi>),
// and single-line fields (names) refuse line breaks.

const chatPath = (slug: string, p: string) => `/api/public/hotel/${slug}/chat/${p}/`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const INVOICE = "Your invoice: https://evil.example/\u202efdp.eciovni";
const BLANKS = ["\u200b\u200c\u200d\u2060", "\u202e", "\ufeff \u2066\u2069"];
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

let seed: SeedDocument;
test.beforeAll(async () => {
  // Its own hotels and bookings: the per-booking chat limit and the hotel name are ours alone.
  seed = await seedIsolated(`txt${randomBytes(3).toString("hex")}`);
});

const bodies = (reference: string) =>
  withSql(async (sql) => {
    const rows = await sql`select m.body from chat_messages m join conversations c on c.id = m.conversation_id join bookings b on b.id = c.booking_id where b.reference = ${reference} order by m.id`;
    return rows.map((r) => r.body as string);
  });

test("blank-looking chat messages are refused (400) from the guest and the desk; bidi controls are removed before storing", async ({ request, baseURL }) => {
  const { booking, hotel } = bookingOf(seed, "in_house");
  const token = linkOf(seed, booking.reference).token;
  const start = await request.post(chatPath(hotel.slug, "start"), { headers: bearer(token) });
  expect(start.status()).toBe(200);
  const { conversation_id } = (await start.json()) as { conversation_id: string };
  const before = await bodies(booking.reference);

  const desk = await signedInApi(baseURL!, { email: staffOf(seed, "FRONT_DESK").email, password: staffOf(seed, "FRONT_DESK").password });
  for (const blank of BLANKS) {
    const guest = await request.post(chatPath(hotel.slug, "message"), { headers: bearer(token), data: { message: blank } });
    expect(guest.status(), JSON.stringify(blank)).toBe(400);
    expect(await guest.json()).toEqual({ error: "Message cannot be empty", code: "VALIDATION_ERROR", fields: { message: ["Cannot be empty"] } });
    const staff = await desk.post(`/api/console/conversations/${conversation_id}/messages`, { data: { message: blank } });
    expect(staff.status(), JSON.stringify(blank)).toBe(400);
    expect(await staff.json()).toMatchObject({ code: "VALIDATION_ERROR" });
  }
  expect(await bodies(booking.reference)).toEqual(before);

  const sent = await request.post(chatPath(hotel.slug, "message"), { headers: bearer(token), data: { message: INVOICE } });
  expect(sent.status()).toBe(200);
  expect((await bodies(booking.reference)).at(-1)).toBe("Your invoice: https://evil.example/fdp.eciovni");
  await desk.dispose();
});

test("names refuse line breaks (400 with a field message) and nothing is written", async ({ baseURL }) => {
  const admin = staffOf(seed, "ADMIN");
  const api = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
  const guestName = "Ann\r\nLee";
  const created = await api.post("/api/console/bookings", { data: { guestName, adults: 1, children: 0, checkInDate: inDays(2), checkOutDate: inDays(3), idempotencyKey: randomUUID() } });
  expect(created.status()).toBe(400);
  expect(await created.json()).toMatchObject({ code: "VALIDATION_ERROR", fields: { guestName: ["Must be a single line"] } });
  const blankName = await api.post("/api/console/bookings", { data: { guestName: "\u200b\u200b\u200b", adults: 1, children: 0, checkInDate: inDays(2), checkOutDate: inDays(3), idempotencyKey: randomUUID() } });
  expect(blankName.status()).toBe(400);
  expect(await blankName.json()).toMatchObject({ code: "VALIDATION_ERROR", fields: { guestName: ["Enter the guest's name"] } });
  const stored = await withSql((sql) => sql`select count(*)::int as n from bookings where primary_guest_name like 'Ann%Lee' or primary_guest_name = ${"\u200b\u200b\u200b"}`);
  expect(stored[0]!.n).toBe(0);

  const { hotel } = (await (await api.get("/api/console/hotel")).json()) as { hotel: Record<string, unknown> };
  const renamed = await api.put("/api/console/hotel", { data: { ...hotel, name: "Grand\nHarbour" } });
  expect(renamed.status()).toBe(400);
  expect(await renamed.json()).toMatchObject({ code: "VALIDATION_ERROR", fields: { name: ["Must be a single line"] } });
  expect(((await (await api.get("/api/console/hotel")).json()) as { hotel: { name: string } }).hotel.name).toBe(hotel.name);

  const email = `lines.${Date.now()}@example.com`;
  const staff = await api.post("/api/console/staff", { data: { email, name: "Jo\nIner", role: "KITCHEN", password: "first-password-42" } });
  expect(staff.status()).toBe(400);
  expect(await staff.json()).toMatchObject({ code: "VALIDATION_ERROR", fields: { name: ["Must be a single line"] } });
  const list = (await (await api.get("/api/console/staff")).json()) as { staff: { email: string }[]; invitations: { email: string }[] };
  expect([...list.staff, ...list.invitations].map((s) => s.email)).not.toContain(email);
  await api.dispose();
});

test("a chat bubble isolates its text, even a bidi control stored before input stripped them", async ({ page, request }) => {
  const { booking, hotel } = bookingOf(seed, "in_house");
  const link = linkOf(seed, booking.reference);
  expect((await request.post(chatPath(hotel.slug, "start"), { headers: bearer(link.token) })).status()).toBe(200);
  // Written straight to the table, as an older version could have stored it.
  const raw = `Older invoice: https://evil.example/\u202efdp.${randomBytes(3).toString("hex")}`;
  await withSql(async (sql) => {
    const [c] = await sql`select c.id from conversations c join bookings b on b.id = c.booking_id join hotels h on h.id = b.hotel_id where b.reference = ${booking.reference} and h.slug = ${hotel.slug}`;
    await sql`insert into chat_messages (conversation_id, sender, body) values (${c!.id as string}, 'GUEST', ${raw})`;
  });
  await page.goto(link.url);
  await page.goto("/stay/chat");
  const bubble = page.getByTestId("chat-message").filter({ hasText: "Older invoice" });
  await expect(bubble).toHaveCount(1);
  const text = bubble.locator("[dir=auto]").filter({ hasText: "Older invoice" }).first();
  await expect(text).toBeVisible();
  // The isolated element holds the whole message, control and all: nothing outside it is reordered.
  expect(await text.evaluate((el) => el.textContent)).toBe(raw);
  expect(await text.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe("isolate");
});
