import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expectNoAxeViolations } from "./a11y";
import { withSql } from "./db";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { decodedMail, mailsTo } from "./mail";
import { bearer, orderPath, ordersPath } from "./orders-helpers";
import { channelOccupied } from "./realtime-helpers";
import { signedInApi, signInUi } from "./staff-helpers";

// Issue 21 (4, 7): what the guest portal says about orders is true. Money ordered vs charged, a
// passed ETA says "running late" and a renewed one shows live, a kitchen recall never steps the
// guest's order back, unread replies show on /stay and in the tab title, the hotel's cancel and a
// late order reach an absent guest by email once, and the smaller things (breakfast order and
// defaults, change my breakfast, the View order bar, 24-hour times, the favicon, a steady pill).
test.describe.configure({ timeout: 120_000 });

const PHONE = { width: 390, height: 844 };
const SECRET = { Authorization: "Bearer e2e-cron-secret-0123456789" };
const origin = () => `http://localhost:${process.env.E2E_PORT ?? 3100}`;

type Stay = { seed: SeedDocument; slug: string; ref: string; token: string; timezone: string; desk: APIRequestContext; guest: APIRequestContext; items: { id: string; name: string; price_minor: number }[] };

/** Its own hotel (room service round the clock, breakfast cut-off 23:59), its in-house stay, a desk login and the guest's API. */
async function freshStay(): Promise<Stay> {
  const seed = await seedIsolated(`st${randomBytes(3).toString("hex")}`);
  const { booking, hotel } = bookingOf(seed, "in_house");
  const admin = await signedInApi(origin(), staffOf(seed, "ADMIN"));
  const { hotel: settings } = (await (await admin.get("/api/console/hotel")).json()) as { hotel: Record<string, unknown> };
  const put = await admin.put("/api/console/hotel", { data: { ...settings, roomServiceAllDay: true, breakfastCutoff: "23:59" }, headers: { Origin: origin() } });
  expect(put.status(), await put.text()).toBe(200);
  await admin.dispose();
  const desk = await signedInApi(origin(), staffOf(seed, "FRONT_DESK"));
  const guest = await signedInApi(origin());
  const token = linkOf(seed, booking.reference).token;
  const menu = (await (await guest.get(`/api/public/hotel/${hotel.slug}/room-services/menu/`, { headers: bearer(token) })).json()) as { categories: { items: { id: string; name: string; price_minor: number; available: boolean; options: { required: boolean }[] }[] }[] };
  const items = menu.categories.flatMap((c) => c.items).filter((i) => i.available && i.options.every((g) => !g.required));
  return { seed, slug: hotel.slug, ref: booking.reference, token, timezone: hotel.timezone, desk, guest, items };
}

async function placeRoomService(s: Stay, itemIndex = 0): Promise<{ order_id: string; estimated_delivery: string }> {
  const res = await s.guest.post(orderPath(s.slug), { headers: bearer(s.token), data: { items: [{ item_id: s.items[itemIndex]!.id, quantity: 1 }] } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function move(s: Stay, orderId: string, from: string, status: string, extra: Record<string, unknown> = {}) {
  const res = await s.desk.post(`/api/console/orders/${orderId}/status`, { data: { status, from_status: from, ...extra }, headers: { Origin: origin() } });
  expect(res.status(), await res.text()).toBe(200);
}

async function portal(browser: Browser, s: Stay, opts: { locale?: string; path?: string } = {}): Promise<{ page: Page; close: () => Promise<void> }> {
  const ctx = await browser.newContext({ viewport: PHONE, locale: opts.locale });
  const page = await ctx.newPage();
  await page.goto(linkOf(s.seed, s.ref).url);
  await expect(page).toHaveURL(/\/stay$/);
  if (opts.path) await page.goto(opts.path);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  return { page, close: () => ctx.close() };
}

const hhmm = (iso: string, tz: string) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: tz }).format(new Date(iso));
const euro = (minor: number) => new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }).format(minor / 100);

test("ordered and charged are apart: received and future breakfasts are ordered, accepted room service is charged, the desk's cancel counts nowhere", async ({ browser }) => {
  const s = await freshStay();
  const minorOf = (totals: { currency: string; total_minor: number }[]) => totals.find((t) => t.currency === "EUR")?.total_minor ?? 0;
  const before = await (await s.guest.get(ordersPath(s.slug), { headers: bearer(s.token) })).json();
  const accepted = await placeRoomService(s, 0);
  const received = await placeRoomService(s, 1);
  const cancelled = await placeRoomService(s, 0);
  await move(s, accepted.order_id, "PENDING", "ACCEPTED");
  await move(s, cancelled.order_id, "PENDING", "CANCELLED", { reason: "Kitchen closed early" });
  // A breakfast for tomorrow, accepted by the kitchen: still ahead, so not charged yet.
  const bfMenu = (await (await s.guest.get(`/api/public/hotel/${s.slug}/breakfast/menu/`, { headers: bearer(s.token) })).json()) as { categories: { items: { id: string; price_minor: number; options: { required: boolean }[] }[] }[] };
  const bfItem = bfMenu.categories.flatMap((c) => c.items).find((i) => i.options.every((g) => !g.required))!;
  const slots = (await (await s.guest.get(`/api/public/hotel/${s.slug}/breakfast/slots/`, { headers: bearer(s.token) })).json()) as { next_free_morning: string };
  const bf = await s.guest.post(`/api/public/hotel/${s.slug}/breakfast/order/`, { headers: bearer(s.token), data: { delivery_date: slots.next_free_morning, guests: 1, items: [{ item_id: bfItem.id, quantity: 1 }] } });
  expect(bf.status(), await bf.text()).toBe(201);
  await move(s, (await bf.json()).order_id, "PENDING", "ACCEPTED");

  const list = await (await s.guest.get(ordersPath(s.slug), { headers: bearer(s.token) })).json();
  const [a, b] = [s.items[0]!.price_minor, s.items[1]!.price_minor];
  // The demo seed gives the stay orders of its own: compare with before.
  const charged = minorOf(before.charged_totals) + a;
  const ordered = minorOf(before.ordered_totals) + b + bfItem.price_minor;
  expect(minorOf(list.charged_totals)).toBe(charged);
  expect(minorOf(list.ordered_totals)).toBe(ordered);
  expect(list.stay_total_minor - before.stay_total_minor).toBe(a + b + bfItem.price_minor);
  expect(received.order_id).toBeTruthy();

  const { page, close } = await portal(browser, s, { path: "/stay/orders" });
  await expect(page.getByTestId("money-charged")).toHaveText(euro(charged));
  await expect(page.getByTestId("money-ordered")).toHaveText(euro(ordered));
  await page.goto("/stay");
  await expect(page.getByTestId("money-charged")).toHaveText(euro(charged));
  await expect(page.getByTestId("money-ordered")).toHaveText(euro(ordered));
  // The orders under way include the accepted and the received room service and the breakfast ahead, not the cancelled one.
  for (const id of [accepted.order_id, received.order_id]) await expect(page.locator(`[data-testid="active-order"][data-order-id="${id}"]`)).toBeVisible();
  await expect(page.locator(`[data-testid="active-order"][data-order-id="${cancelled.order_id}"]`)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await close();
});

test("a passed ETA says running late on a ticking clock, and the time staff renew shows live", async ({ browser }) => {
  const s = await freshStay();
  const order = await placeRoomService(s);
  // Under way in the kitchen: a late order is renewed after it was accepted, not by accepting it.
  await move(s, order.order_id, "PENDING", "ACCEPTED");
  await move(s, order.order_id, "ACCEPTED", "PREPARING");
  await withSql((sql) => sql`update orders set eta_at = now() - interval '1 minute' where id = ${order.order_id}`);
  const soon = await placeRoomService(s, 1);
  // This one passes its time while the page is open.
  await withSql((sql) => sql`update orders set eta_at = now() + interval '3 seconds' where id = ${soon.order_id}`);

  const { page, close } = await portal(browser, s, { path: "/stay/orders" });
  const card = page.locator(`[data-testid="guest-order"][data-order-id="${order.order_id}"]`);
  await expect(card.getByTestId("order-eta-row")).toHaveAttribute("data-late", "true");
  await expect(card.getByTestId("order-late")).toBeVisible();
  await expect(card.getByTestId("order-eta-row")).toContainText("Running late");
  const ticking = page.locator(`[data-testid="guest-order"][data-order-id="${soon.order_id}"]`);
  await expect(ticking.getByTestId("order-eta-row")).toHaveAttribute("data-late", "true", { timeout: 30_000 });
  await screenshot(page, "stay-truth-running-late");

  // A new time with a move other than accepting is refused, and another hotel's desk does not find the order.
  const statusUrl = `/api/console/orders/${order.order_id}/status`;
  const refused = await s.desk.post(statusUrl, { data: { status: "READY", from_status: "PREPARING", eta_minutes: 40 }, headers: { Origin: origin() } });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({ error: expect.any(String), code: "VALIDATION_ERROR" });
  const otherDesk = await signedInApi(origin(), staffOf(s.seed, "FRONT_DESK", 1));
  expect((await otherDesk.post(statusUrl, { data: { status: "PREPARING", from_status: "PREPARING", eta_minutes: 40 }, headers: { Origin: origin() } })).status()).toBe(404);
  await otherDesk.dispose();
  await expect(card.getByTestId("order-eta-row")).toHaveAttribute("data-late", "true");

  // The desk gives the preparing order a new time on its console card: the guest's card shows it, live, and is no longer late.
  const deskCtx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const desk = await deskCtx.newPage();
  const deskMember = staffOf(s.seed, "FRONT_DESK");
  await signInUi(desk, deskMember.email, deskMember.password);
  await desk.goto("/console/orders");
  const ticket = desk.locator(`[data-testid="queue-order"][data-order-id="${order.order_id}"]`);
  await expect(ticket).toHaveAttribute("data-late", "true");
  await ticket.getByRole("button", { name: "New time" }).click();
  await ticket.getByLabel("New time, in minutes from now").fill("40");
  await ticket.getByRole("button", { name: "Save new time" }).click();
  await expect(ticket.getByRole("button", { name: "New time" })).toBeVisible();
  await expect(ticket).not.toHaveAttribute("data-late", "true");
  await expect(ticket).toHaveAttribute("data-status", "PREPARING");
  await deskCtx.close();

  const renewedOrder = (await (await s.guest.get(ordersPath(s.slug, order.order_id), { headers: bearer(s.token) })).json()).order;
  expect(renewedOrder.status).toBe("PREPARING");
  const renewed = renewedOrder.estimated_delivery as string;
  expect(Date.parse(renewed)).toBeGreaterThan(Date.now() + 30 * 60_000);
  await expect(card.getByTestId("order-eta")).toHaveText(hhmm(renewed, s.timezone));
  await expect(card.getByTestId("order-eta-row")).toHaveAttribute("data-late", "false");
  await expect(card.getByTestId("order-late")).toHaveCount(0);
  await expect(card).toHaveAttribute("data-status", "PREPARING");
  await close();
});

test("a kitchen recall never shows the guest their order stepping back", async ({ browser }) => {
  const s = await freshStay();
  const ready = await placeRoomService(s);
  const preparing = await placeRoomService(s, 1);
  await move(s, ready.order_id, "PENDING", "ACCEPTED");
  await move(s, ready.order_id, "ACCEPTED", "READY");
  await move(s, preparing.order_id, "PENDING", "ACCEPTED");
  await move(s, preparing.order_id, "ACCEPTED", "PREPARING");
  const { page, close } = await portal(browser, s, { path: "/stay/orders" });
  const readyCard = page.locator(`[data-testid="guest-order"][data-order-id="${ready.order_id}"]`);
  const prepCard = page.locator(`[data-testid="guest-order"][data-order-id="${preparing.order_id}"]`);
  await expect(readyCard).toHaveAttribute("data-status", "READY");
  await expect(prepCard).toHaveAttribute("data-status", "PREPARING");

  await move(s, ready.order_id, "READY", "PREPARING");
  await move(s, preparing.order_id, "PREPARING", "ACCEPTED");
  // Staff see the recall; the guest's API and page keep the furthest step.
  const staffView = await (await s.desk.get(`/api/console/orders/${ready.order_id}`)).json();
  expect(staffView.order?.status ?? staffView.status).toBe("PREPARING");
  const guestView = (await (await s.guest.get(ordersPath(s.slug, ready.order_id), { headers: bearer(s.token) })).json()).order;
  expect(guestView.status).toBe("READY");
  expect((await (await s.guest.get(ordersPath(s.slug, preparing.order_id), { headers: bearer(s.token) })).json()).order.status).toBe("PREPARING");
  await page.reload();
  await expect(readyCard).toHaveAttribute("data-status", "READY");
  await expect(readyCard.getByTestId("order-status")).toHaveText("Ready");
  await expect(prepCard).toHaveAttribute("data-status", "PREPARING");
  // And forward again from where the kitchen is.
  await move(s, ready.order_id, "PREPARING", "DELIVERING");
  await expect(readyCard).toHaveAttribute("data-status", "DELIVERING");
  await close();
});

test("/stay shows unread replies on the chat tile and in the tab title, live, and clears them once read", async ({ browser }) => {
  const s = await freshStay();
  const chat = (p: string) => `/api/public/hotel/${s.slug}/chat/${p}/`;
  const { conversation_id } = await (await s.guest.post(chat("start"), { headers: bearer(s.token) })).json();
  expect((await s.guest.post(chat("message"), { headers: bearer(s.token), data: { message: "Could I get more towels?" } })).status()).toBe(200);
  const { page, close } = await portal(browser, s);
  await expect(page.getByTestId("chat-unread")).toHaveCount(0);
  await expect(page).toHaveTitle(/^Your stay/);

  const sent = await s.desk.post(`/api/console/conversations/${conversation_id}/messages`, { data: { message: "On their way!" }, headers: { Origin: origin() } });
  expect(sent.status()).toBe(200);
  await expect(page.getByTestId("chat-unread")).toContainText("1");
  await expect(page).toHaveTitle(/^\(1\) Your stay/);
  await screenshot(page, "stay-truth-unread-badge");

  const { message_id } = await sent.json();
  expect((await s.guest.post(chat("read"), { headers: bearer(s.token), data: { up_to_message_id: message_id } })).status()).toBe(200);
  await expect(page.getByTestId("chat-unread")).toHaveCount(0);
  await expect(page).toHaveTitle(/^Your stay/);
  await close();
});

test("the hotel's cancel and a late order are emailed once to a guest away from the page, never to one watching it", async ({ browser, request }) => {
  const s = await freshStay();
  const address = `orders-${randomBytes(4).toString("hex")}@example.com`;
  await withSql((sql) => sql`update bookings set email = ${address} where reference = ${s.ref}`);
  const cancelled = await placeRoomService(s);
  await move(s, cancelled.order_id, "PENDING", "CANCELLED", { reason: "The kitchen ran out of sea bass" });
  const late = await placeRoomService(s, 1);
  await withSql((sql) => sql`update orders set cancelled_at = now() - interval '10 minutes' where id = ${cancelled.order_id}`);
  await withSql((sql) => sql`update orders set eta_at = now() - interval '10 minutes' where id = ${late.order_id}`);

  const sweep = async () => {
    const res = await request.post("/api/internal/outbox/sweep/", { headers: SECRET });
    expect(res.status()).toBe(200);
    expect((await res.json()).order_emails).toMatchObject({ sent: expect.any(Number), failed: 0 });
  };
  await sweep();
  // One each, whichever pass sent it (the server's own timer may overlap the call).
  const texts = () => mailsTo(address).map((m) => decodedMail(m.raw));
  await expect.poll(() => texts().length).toBe(2);
  expect(texts().filter((t) => /was cancelled/.test(t) && t.includes("The kitchen ran out of sea bass"))).toHaveLength(1);
  expect(texts().filter((t) => /is running late/.test(t))).toHaveLength(1);
  await sweep();
  expect(mailsTo(address)).toHaveLength(2);

  // A guest with /stay open sees it live: no email.
  const { page, close } = await portal(browser, s);
  const watched = await placeRoomService(s);
  await withSql((sql) => sql`update orders set eta_at = now() - interval '10 minutes' where id = ${watched.order_id}`);
  await page.reload();
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await expect(page.locator(`[data-testid="active-order"][data-order-id="${watched.order_id}"]`)).toHaveAttribute("data-late", "true");
  // "Live" is the connection; the page's booking channel is subscribed a round trip later.
  await expect.poll(() => channelOccupied(`private-guest-booking.${s.ref}`)).toBe(true);
  await sweep();
  expect(mailsTo(address)).toHaveLength(2);
  await close();
});

test("breakfast opens with its own categories, starts on the next free morning for the whole party, and changes a morning that has one", async ({ browser }) => {
  const s = await freshStay();
  const booking = s.seed.bookings.find((b) => b.reference === s.ref)!;
  const party = await withSql(async (sql) => (await sql`select adults + children as n from bookings where reference = ${s.ref}`)[0]!.n as number);
  expect(booking).toBeTruthy();
  const slots = (await (await s.guest.get(`/api/public/hotel/${s.slug}/breakfast/slots/`, { headers: bearer(s.token) })).json()) as { next_free_morning: string; mornings: { date: string; open: boolean }[] };
  const [first, second] = slots.mornings.filter((m) => m.open).map((m) => m.date);
  expect(second).toBeTruthy();

  const { page, close } = await portal(browser, s, { path: "/stay/breakfast" });
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Breakfast");
  const dish = (name: string) => page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await dish("Pancakes").getByRole("button", { name: "Add Pancakes" }).click();
  await page.getByRole("dialog", { name: "Pancakes" }).getByRole("button", { name: /Add to order/ }).click();
  await expect(page.getByLabel("Morning")).toHaveValue(first!);
  await expect(page.getByLabel("Guests")).toHaveValue(String(party));
  // The chosen morning's seats have answered (the form re-renders with them) before the press.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-confirmation")).toBeVisible();
  await page.getByRole("button", { name: "Order something else" }).click();

  // The next breakfast starts on the next free morning; the first one can be changed.
  await dish("Full breakfast").getByRole("button", { name: "Add Full breakfast" }).click();
  const full = page.getByRole("dialog", { name: "Full breakfast" });
  await full.getByLabel("Poached").check();
  await full.getByRole("button", { name: /Add to order/ }).click();
  await expect(page.getByLabel("Morning")).toHaveValue(second!);
  await page.getByLabel("Morning").selectOption(first!);
  await expect(page.getByTestId("breakfast-existing")).toHaveAttribute("data-can-change", "true");
  await page.getByLabel("Guests").selectOption("1");
  await screenshot(page, "stay-truth-change-breakfast");
  await page.getByRole("button", { name: "Change my breakfast" }).click();
  await expect(page.getByTestId("order-confirmation")).toContainText("Breakfast changed");
  const rows = await withSql((sql) => sql`select o.guests, array_agg(l.name order by l.position) as names from orders o join bookings b on b.id = o.booking_id join order_lines l on l.order_id = o.id where b.reference = ${s.ref} and o.type = 'BREAKFAST' and o.status <> 'CANCELLED' and o.delivery_date = ${first!} group by o.id`);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ guests: 1, names: ["Full breakfast"] });
  await close();
});

test("the View order bar never covers the order panel", async ({ browser }) => {
  const s = await freshStay();
  const { page, close } = await portal(browser, s, { path: "/stay/room-service" });
  const name = s.items[0]!.name;
  await page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name, exact: true }) }).getByRole("button", { name: `Add ${name}` }).click();
  const sheet = page.getByRole("dialog", { name });
  await sheet.getByRole("button", { name: /Add to order/ }).click();
  await expect(page.getByTestId("cart-bar")).toBeVisible();
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  const withBar = await pageHeight();
  await page.getByTestId("cart-bar").click();
  const place = page.getByRole("button", { name: "Place order" });
  await place.scrollIntoViewIfNeeded();
  await expect(place).toBeInViewport();
  // The bar steps aside without shortening the page, which would move the cart under the finger.
  await expect(page.getByTestId("cart-bar")).toBeHidden();
  expect(await pageHeight()).toBe(withBar);
  // Whatever is drawn at the button's centre is the button, not the bar.
  const hit = await place.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top === el || el.contains(top);
  });
  expect(hit).toBe(true);
  await close();
});

test("guest pages show 24-hour times whatever the browser's locale", async ({ browser }) => {
  const s = await freshStay();
  const order = await placeRoomService(s);
  await withSql((sql) => sql`update orders set eta_at = date_trunc('day', now()) + interval '14 hours 5 minutes', created_at = date_trunc('day', now()) + interval '13 hours 40 minutes' where id = ${order.order_id}`);
  const chat = (p: string) => `/api/public/hotel/${s.slug}/chat/${p}/`;
  await s.guest.post(chat("start"), { headers: bearer(s.token) });
  expect((await s.guest.post(chat("message"), { headers: bearer(s.token), data: { message: "Hello at what time is checkout?" } })).status()).toBe(200);
  await withSql((sql) => sql`update chat_messages m set created_at = date_trunc('day', now()) + interval '15 hours 20 minutes' from conversations c join bookings b on b.id = c.booking_id where m.conversation_id = c.id and b.reference = ${s.ref}`);
  const { page, close } = await portal(browser, s, { locale: "en-US", path: "/stay/orders" });
  const card = page.locator(`[data-testid="guest-order"][data-order-id="${order.order_id}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId("order-eta")).toHaveText(/^\d\d:\d\d$/);
  for (const p of ["/stay/orders", "/stay/chat", "/stay/room-service", "/stay/breakfast"]) {
    await page.goto(p);
    await expect(page.locator("h1").last()).toBeVisible();
    if (p === "/stay/orders") await expect(card).toBeVisible();
    if (p === "/stay/chat") await expect(page.getByTestId("chat-message").first()).toBeVisible();
    const text = await page.locator("body").innerText();
    expect(text, p).not.toMatch(/\b\d{1,2}:\d\d\s?(AM|PM|am|pm)\b/);
  }
  await close();
});

test("/favicon.ico is served and pages name an icon", async ({ request, page }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\//);
  await page.goto("/link-problem?reason=missing");
  await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
});

test("the Connecting… → Live pill moves nothing: its box and its neighbours stay put and no layout shift involves it", async ({ browser }) => {
  const s = await freshStay();
  const ctx = await browser.newContext({ viewport: PHONE });
  // From the first paint: each state the pill shows with its box and its neighbour's, and every layout shift's sources.
  await ctx.addInitScript(() => {
    const w = window as unknown as { __pill: { state: string; pill: number[]; heading: number[] }[]; __shifts: { inPill: boolean; value: number }[] };
    w.__pill = [];
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
        const inPill = (e.sources ?? []).some((src) => {
          const n = src.node;
          const el = n instanceof Element ? n : n?.parentElement;
          return Boolean(el?.closest('[data-testid="live-indicator"]'));
        });
        w.__shifts.push({ inPill, value: e.value });
      }
    }).observe({ type: "layout-shift", buffered: true });
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)] : [];
    };
    const look = () => {
      const pill = document.querySelector('[data-testid="live-indicator"]');
      // Boxes once the pill is laid out (the streamed shell may hold it unpainted for a frame).
      if (pill && pill.getBoundingClientRect().width > 0) {
        const state = pill.getAttribute("data-state") ?? "";
        if (w.__pill.at(-1)?.state !== state) w.__pill.push({ state, pill: box(pill), heading: box(pill.parentElement?.firstElementChild ?? null) });
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await ctx.newPage();
  await page.goto(linkOf(s.seed, s.ref).url);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await page.waitForFunction(() => (window as unknown as { __pill: { state: string }[] }).__pill.some((p) => p.state === "live"));
  const seen = await page.evaluate(() => (window as unknown as { __pill: { state: string; pill: number[]; heading: number[] }[] }).__pill);
  expect(seen.map((p) => p.state)).toContain("live");
  expect(seen.length).toBeGreaterThan(1);
  for (const p of seen) {
    expect(p.pill, `pill while ${p.state}`).toEqual(seen[0]!.pill);
    expect(p.heading, `its neighbour while ${p.state}`).toEqual(seen[0]!.heading);
  }
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { inPill: boolean }[] }).__shifts);
  expect(shifts.filter((x) => x.inPill)).toEqual([]);
  await ctx.close();
});
