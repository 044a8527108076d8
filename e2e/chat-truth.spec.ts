import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { withSql } from "./db";
import { ageOrder } from "./desk-helpers";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { openKitchenHours, orderableItems, placeRoomService } from "./kitchen-helpers";
import { signedInApi, signInUi } from "./staff-helpers";

// What the guest chat and the desk's conversation view say is true in every state (issue 21):
// who is online, what happens to unsent messages, typing, empty conversations, departed guests,
// the guest's open orders, assignment, loading.

const chatPath = (slug: string, p: string) => `/api/public/hotel/${slug}/chat/${p}/`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fresh = (tag: string) => seedIsolated(`${tag}${randomBytes(3).toString("hex")}`);

/** A phone-sized guest on the chat page, through the magic link as a guest would arrive. */
async function openGuestChat(browser: Browser, seed: SeedDocument, reference: string, opts: { clock?: boolean } = {}): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  if (opts.clock) await page.clock.install();
  await page.goto(linkOf(seed, reference).url);
  await page.goto("/stay/chat");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  return page;
}

async function conversationCount(reference: string): Promise<number> {
  return withSql(async (sql) => {
    const [r] = await sql`select count(*)::int as n from conversations c join bookings b on b.id = c.booking_id where b.reference = ${reference}`;
    return (r as { n: number }).n;
  });
}

test("'The front desk is online' counts only ADMIN/FRONT_DESK with the console open, and follows them live", async ({ browser, request }) => {
  test.setTimeout(180_000); // three browser contexts and sign-ins on a busy 2-core machine
  const seed = await fresh("dp");
  const { booking, hotel } = bookingOf(seed, "in_house");
  const token = linkOf(seed, booking.reference).token;
  const deskCount = async () => ((await (await request.get(chatPath(hotel.slug, "desk"), { headers: bearer(token) })).json()) as { staff_online: number }).staff_online;

  // A kitchen user with a console page open is on the staff presence channel...
  const kitchenCtx = await browser.newContext();
  const kitchen = await kitchenCtx.newPage();
  const k = staffOf(seed, "KITCHEN");
  await signInUi(kitchen, k.email, k.password, /\/kitchen$/);
  await kitchen.goto("/console/orders");
  await expect(kitchen.getByTestId("staff-online")).toHaveAttribute("data-count", "1");
  // ...but cannot answer a guest: the guest is not told the desk is online.
  expect(await deskCount()).toBe(0);
  const started = (await (await request.post(chatPath(hotel.slug, "start"), { headers: bearer(token) })).json()) as { staff_online: number };
  expect(started.staff_online).toBe(0);
  // The guest page's clock stands still but when the test moves it, so each refresh is the test's doing.
  const guest = await openGuestChat(browser, seed, booking.reference, { clock: true });
  await guest.clock.pauseAt(Date.now() + 1_000);
  const line = guest.getByTestId("desk-availability");
  await expect(line).toHaveText("We will reply as soon as we can");

  // A front-desk member opens the console: the open page says so without a reload.
  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  const d = staffOf(seed, "FRONT_DESK");
  await signInUi(desk, d.email, d.password);
  await expect(desk.getByTestId("staff-online")).toHaveAttribute("data-count", "2");
  expect(await deskCount()).toBe(1);
  await expect(async () => {
    await guest.clock.runFor(15_000);
    await expect(line).toHaveText("The front desk is online", { timeout: 1_000 });
  }).toPass();
  await screenshot(guest, "chat-truth-desk-online");

  // They leave: the page stops saying it.
  await deskCtx.close();
  await expect(async () => {
    await guest.clock.runFor(15_000);
    await expect(line).toHaveText("We will reply as soon as we can", { timeout: 1_000 });
  }).toPass();
  await kitchenCtx.close();
  await guest.context().close();
});

test("messages written offline are sent once, in order, when the connection comes back", async ({ browser, seed, request }) => {
  const { booking, hotel } = bookingOf(seed, "upcoming");
  const guest = await openGuestChat(browser, seed, booking.reference);
  const tag = Date.now().toString(36);
  const first = `Offline one ${tag}`;
  const second = `Offline two ${tag}`;

  await guest.context().setOffline(true);
  await expect(guest.getByTestId("live-indicator")).not.toHaveAttribute("data-state", "live");
  await expect(guest.getByLabel("Your message")).toHaveAttribute("placeholder", "Offline: messages will be retried");
  for (const text of [first, second]) {
    await guest.getByLabel("Your message").fill(text);
    await guest.getByRole("button", { name: "Send" }).click();
  }
  await expect(guest.getByRole("button", { name: "Not sent. Retry" })).toHaveCount(2);

  await guest.context().setOffline(false);
  const sent = guest.getByTestId("chat-message").filter({ hasText: tag });
  await expect(sent).toHaveCount(2);
  await expect(sent.nth(0)).toContainText(first);
  await expect(sent.nth(1)).toContainText(second);
  await expect(guest.getByTestId("chat-pending")).toHaveCount(0);
  // The server has each exactly once, in the order written.
  const page = (await (await request.get(chatPath(hotel.slug, "messages"), { headers: bearer(linkOf(seed, booking.reference).token) })).json()) as { messages: { body: string }[] };
  expect(page.messages.map((m) => m.body).filter((b) => b.includes(tag))).toEqual([first, second]);
  await guest.context().close();
});

test("a typing indicator goes the moment that person's message arrives, on both sides", async ({ browser, page, seed, request }) => {
  test.setTimeout(120_000);
  const { booking, hotel } = bookingOf(seed, "in_house", 1);
  const token = linkOf(seed, booking.reference).token;
  const desk = staffOf(seed, "FRONT_DESK", 1);
  const tag = Date.now().toString(36);
  expect((await request.post(chatPath(hotel.slug, "message"), { headers: bearer(token), data: { message: `Hello ${tag}` } })).status()).toBe(200);

  // Each page's clock is stopped once its indicator shows: an indicator cleared by a timer would
  // stay, only one cleared by the message goes.
  await signInUi(page, desk.email, desk.password);
  await page.clock.install();
  await page.goto("/console/chat");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await page.getByTestId("conversation-row").filter({ hasText: booking.guest_name }).click();
  await expect(page.getByTestId("staff-chat-messages")).toContainText(`Hello ${tag}`);
  const guest = await openGuestChat(browser, seed, booking.reference, { clock: true });

  // The desk types, then sends: the guest's indicator goes with the reply.
  await page.getByLabel("Reply").fill("Sure");
  await expect(guest.getByTestId("typing-indicator")).toBeVisible();
  await guest.clock.pauseAt(Date.now() + 1_000);
  await page.getByLabel("Reply").fill(`Sure, right away ${tag}`);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(guest.getByTestId("chat-message").filter({ hasText: `Sure, right away ${tag}` })).toBeVisible();
  await expect(guest.getByTestId("typing-indicator")).toHaveCount(0);

  // The guest types, then sends: the desk's indicator goes with the message.
  await guest.getByLabel("Your message").fill(`Thanks ${tag}`);
  await expect(page.getByTestId("guest-typing")).toBeVisible();
  await page.clock.pauseAt(Date.now() + 1_000);
  await guest.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("staff-chat-messages")).toContainText(`Thanks ${tag}`);
  await expect(page.getByTestId("guest-typing")).toHaveCount(0);
  await guest.context().close();
});

test("opening the chat writes nothing: the conversation starts with the first message, and the inbox lists only conversations with one", async ({ browser, baseURL, request }) => {
  const seed = await fresh("ec");
  const { booking, hotel } = bookingOf(seed, "arriving");
  const token = linkOf(seed, booking.reference).token;
  const guest = await openGuestChat(browser, seed, booking.reference);
  await expect(guest.getByText("Ask us anything")).toBeVisible();
  expect(await conversationCount(booking.reference)).toBe(0);
  // Reading before any message: an empty list, not 404, and still nothing written.
  const read = await request.get(chatPath(hotel.slug, "messages"), { headers: bearer(token) });
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ conversation_id: null, messages: [], has_more: false, can_send: true });
  expect((await request.get(chatPath(hotel.slug, "desk"), { headers: bearer(token) })).status()).toBe(200);
  expect(await conversationCount(booking.reference)).toBe(0);

  // The seed's "start" still creates (its contract), but an empty conversation is not in the inbox.
  const other = bookingOf(seed, "in_house");
  const started = (await (await request.post(chatPath(hotel.slug, "start"), { headers: bearer(linkOf(seed, other.booking.reference).token) })).json()) as { conversation_id: string };
  const d = staffOf(seed, "FRONT_DESK");
  const desk = await signedInApi(baseURL!, { email: d.email, password: d.password });
  const inboxIds = async () => ((await (await desk.get("/api/console/conversations")).json()) as { conversations: { id: string }[] }).conversations.map((c) => c.id);
  expect(await inboxIds()).not.toContain(started.conversation_id);

  // The guest's first message creates it, and the desk sees it.
  await guest.getByLabel("Your message").fill("Is there parking?");
  await guest.getByRole("button", { name: "Send" }).click();
  await expect(guest.getByTestId("chat-message").filter({ hasText: "Is there parking?" })).toContainText("Sent");
  expect(await conversationCount(booking.reference)).toBe(1);
  expect(await inboxIds()).toHaveLength(1);
  await desk.dispose();
  await guest.context().close();
});

test("the history is in the page's first paint (no skeleton, never the empty state); the chat-disabled page has a main landmark", async ({ browser, seed }) => {
  const s = await fresh("ch");
  const { booking, hotel } = bookingOf(s, "in_house");
  const tag = randomBytes(4).toString("hex");
  const token = linkOf(s, booking.reference).token;
  const api = await browser.newContext();
  expect((await api.request.post(chatPath(hotel.slug, "message"), { headers: bearer(token), data: { message: `Late arrival, around 23:00 ${tag}` } })).status()).toBe(200);
  await api.close();

  // Without JavaScript at all: the server's HTML already holds the conversation.
  const bare = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const html = await bare.newPage();
  await html.goto(linkOf(s, booking.reference).url);
  await html.goto("/stay/chat");
  await expect(html.getByTestId("chat-messages").getByTestId("chat-message")).toContainText(`Late arrival, around 23:00 ${tag}`);
  await expect(html.getByText("Ask us anything")).toHaveCount(0);
  await bare.close();

  // With JavaScript, and the history's API held back: the page shows it without asking.
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const guest = await ctx.newPage();
  await guest.goto(linkOf(s, booking.reference).url);
  await guest.route(/\/chat\/messages\//, () => {});
  await guest.goto("/stay/chat");
  await expect(guest.getByTestId("chat-message")).toContainText(tag);
  await expect(guest.getByText("Ask us anything")).toHaveCount(0);
  await expectNoAxeViolations(guest);
  await ctx.close();

  // A stay with no conversation yet says so at once.
  const empty = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const none = await empty.newPage();
  await none.goto(linkOf(s, bookingOf(s, "arriving").booking.reference).url);
  await none.goto("/stay/chat");
  await expect(none.getByText("Ask us anything")).toBeVisible();
  await expect(none.getByTestId("chat-message")).toHaveCount(0);
  await empty.close();

  // A link without the chat scope: the explanation sits in the page's main landmark.
  const james = bookingOf(seed, "in_house").booking;
  const noChat = seed.links.find((l) => l.booking === james.reference && !l.can_chat)!;
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const disabled = await other.newPage();
  await disabled.goto(noChat.url);
  await disabled.goto("/stay/chat");
  await expect(disabled.getByRole("main").getByRole("alert")).toContainText("Chat is not available with this link");
  await expectNoAxeViolations(disabled);
  await screenshot(disabled, "chat-truth-disabled");
  await other.close();
});

test("the desk is warned before replying to a guest who has checked out", async ({ page, seed, baseURL, request }) => {
  const departed = bookingOf(seed, "departed");
  const { hotel } = departed;
  const d = staffOf(seed, "FRONT_DESK");
  // The departed guest's conversation (readable to them, start answers) with a desk message in it.
  const started = (await (await request.post(chatPath(hotel.slug, "start"), { headers: bearer(linkOf(seed, departed.booking.reference).token) })).json()) as { conversation_id: string };
  const api = await signedInApi(baseURL!, { email: d.email, password: d.password });
  expect((await api.post(`/api/console/conversations/${started.conversation_id}/messages`, { data: { message: "Did you forget a charger?" } })).status()).toBe(200);
  await api.dispose();

  await signInUi(page, d.email, d.password);
  await page.goto("/console/chat");
  await page.getByTestId("conversation-row").filter({ hasText: departed.booking.guest_name }).click();
  const warning = page.getByTestId("guest-cannot-answer");
  await expect(warning).toContainText(`${departed.booking.guest_name} has checked out and can no longer answer`);
  // Shown with the reply box, before anything is sent.
  const box = await warning.boundingBox();
  const reply = await page.getByLabel("Reply").boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(reply!.y);
  await expectNoAxeViolations(page);
});

test("the conversation shows the guest's open orders, live, and 'Assign to me' takes it", async ({ page, baseURL, request }) => {
  test.setTimeout(120_000);
  const seed = await fresh("oo");
  await openKitchenHours(seed);
  const { booking, hotel } = bookingOf(seed, "in_house");
  const token = linkOf(seed, booking.reference).token;
  const d = staffOf(seed, "FRONT_DESK");
  const items = await orderableItems(request, hotel.slug, token, "room-services");
  const placed = await placeRoomService(request, { slug: hotel.slug, token }, [{ item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) }]);
  expect((await request.post(chatPath(hotel.slug, "message"), { headers: bearer(token), data: { message: "Where is my order?" } })).status()).toBe(200);
  const open = await withSql(
    (sql) => sql`select o.id from orders o join bookings b on b.id = o.booking_id where b.reference = ${booking.reference} and o.status not in ('DELIVERED', 'CANCELLED')`,
  );

  await signInUi(page, d.email, d.password);
  await page.goto("/console/chat");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await page.getByTestId("conversation-row").filter({ hasText: booking.guest_name }).click();
  const orders = page.getByTestId("chat-open-order");
  await expect(orders).toHaveCount(open.length);
  const ours = page.locator(`[data-testid="chat-open-order"][data-order-id="${placed.order_id}"]`);
  await expect(ours).toContainText(/^Room service · Received · placed \d+ min ago$/);
  await expect(ours.getByRole("link", { name: "Room service" })).toHaveAttribute("href", "/console/orders");

  // The kitchen moves it on: the pane follows without a reload. Placed over an hour ago, its age
  // reads as the queue's and the kitchen's do ("1 h 5 min", not "1 h 05 min").
  await ageOrder(placed.order_id, 65);
  const api = await signedInApi(baseURL!, { email: d.email, password: d.password });
  expect((await api.post(`/api/console/orders/${placed.order_id}/status`, { data: { status: "ACCEPTED", from_status: "PENDING" }, headers: { Origin: baseURL! } })).status()).toBe(200);
  await expect(ours).toHaveAttribute("data-status", "ACCEPTED");
  await expect(ours).toContainText(/^Room service · Accepted · placed 1 h \d min ago$/);

  // Nobody has it yet: one click makes it mine.
  const assigned = page.getByLabel("Assigned to");
  await expect(assigned.locator("option:checked")).toHaveText("Nobody");
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(assigned.locator("option:checked")).toHaveText(`${d.name} (me)`);
  await expect(page.getByRole("button", { name: "Assign to me" })).toHaveCount(0);
  const mine = (await (await api.get("/api/console/conversations?filter=mine")).json()) as { conversations: { booking_id: string }[] };
  expect(mine.conversations.map((c) => c.booking_id)).toEqual([booking.reference]);
  await screenshot(page, "chat-truth-console-orders");
  await expectNoAxeViolations(page);
  await api.dispose();
});
