import { expectNoAxeViolations } from "./a11y";
import { request as pwRequest, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { bearer, bump, cancelOpenOrders, fitsWithoutScrolling, guestOf, localDay, openKitchenHours, orderableItems, signInKitchen, ticket } from "./kitchen-helpers";
import { signedInApi } from "./staff-helpers";

// Allergies, food safety first: the guest declares them in the item sheet and the cart (the 14
// allergens and free text), they are part of the order, its lines and breakfast, and every staff
// screen shows them in a red banner that is never clamped, with a warning for each dish that
// contains a declared allergen, also on a full kitchen board at 800×1280 and 1280×800.

test.describe.configure({ mode: "serial", timeout: 300_000 });

let seed: SeedDocument;
let api: APIRequestContext;
let desk: APIRequestContext;
const PHONE = { width: 390, height: 844 };
// The longest allergy note a guest may send (300 characters), ending in "END" so a cut shows.
const LONG_NOTE = `Our son has a severe mustard allergy and carries an EpiPen; ${"please keep his food apart from anything with mustard, use clean boards and utensils, ".repeat(4)}`.slice(0, 297) + "END";

const SHORT_NOTE = "Our son has a severe mustard allergy and carries an EpiPen; please keep his food apart";

type Item = Awaited<ReturnType<typeof orderableItems>>[number] & { allergens: string[] };

async function menuWithAllergens(slug: string, token: string): Promise<Item[]> {
  const items = await orderableItems(api, slug, token, "room-services");
  const res = await api.get(`/api/public/hotel/${slug}/room-services/menu/`, { headers: bearer(token) });
  const all = ((await res.json()) as { categories: { items: { id: string; allergens: string[] }[] }[] }).categories.flatMap((c) => c.items);
  return items.map((i) => ({ ...i, allergens: all.find((a) => a.id === i.id)!.allergens }));
}

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`al${randomBytes(3).toString("hex")}`);
  await openKitchenHours(seed);
  api = await pwRequest.newContext({ baseURL });
  desk = await signedInApi(baseURL!, staffOf(seed, "FRONT_DESK"));
  await cancelOpenOrders(desk);
});

test.afterAll(async () => {
  for (const c of [api, desk]) await c?.dispose();
});

async function staffOrder(id: string) {
  const res = await desk.get(`/api/console/orders/${id}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { order?: Record<string, unknown> } & Record<string, unknown>;
  return (body.order ?? body) as { allergies: { allergens: string[]; note: string | null }; lines: { name: string; allergies: { allergens: string[]; note: string | null }; contains: string[] }[]; allergy_alert: { allergens: { code: string }[]; notes: string[]; warnings: { message: string }[] } | null };
}

test("the guest declares allergies in the item sheet and the cart; the conflict is shown before ordering and the order carries it all", async ({ browser }) => {
  const { booking } = bookingOf(seed, "in_house");
  const ctx = await browser.newContext({ viewport: PHONE });
  const page = await ctx.newPage();
  await page.goto(linkOf(seed, booking.reference).url);
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
  await page.goto("/stay/room-service");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");

  // The sheet says what the dish contains and takes this dish's own allergies.
  const club = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Club sandwich", exact: true }) });
  await club.getByRole("button", { name: "Add Club sandwich" }).click();
  const sheet = page.getByRole("dialog", { name: "Club sandwich" });
  await expect(sheet.getByTestId("sheet-contains")).toHaveText("Contains: Gluten, Eggs, Mustard");
  await expect(sheet.getByTestId("allergy-conflict")).toHaveCount(0);
  await sheet.getByLabel("Wholemeal").check();
  const dishAllergies = sheet.getByRole("group", { name: "Allergies / dietary needs for this dish" });
  await dishAllergies.getByRole("checkbox", { name: "Eggs" }).check();
  await expect(sheet.getByTestId("allergy-conflict")).toContainText("contains eggs, which you declared");
  await dishAllergies.getByLabel("Other allergies or dietary needs").fill("no mayonnaise");
  await expectNoAxeViolations(page);
  await screenshot(page, "allergies-item-sheet-phone");
  await sheet.getByRole("button", { name: /Add to order/ }).click();
  await expect(sheet).toBeHidden();

  // The cart: allergies for the whole order, and a warning on the dish that contains one.
  const line = page.getByTestId("cart-line");
  await expect(line).toHaveCount(1);
  await expect(line.getByTestId("cart-line-allergies")).toHaveText("Allergies for this dish: Eggs · no mayonnaise");
  const orderAllergies = page.getByRole("group", { name: "Allergies / dietary needs", exact: true });
  await orderAllergies.getByRole("checkbox", { name: "Mustard" }).check();
  await orderAllergies.getByLabel("Other allergies or dietary needs").fill(LONG_NOTE);
  await expect(line.getByTestId("allergy-conflict")).toContainText("Club sandwich contains eggs, mustard, which you declared");
  await expectNoAxeViolations(page);
  await screenshot(page, "allergies-cart-phone");

  await page.getByRole("button", { name: "Place order" }).click();
  const confirmation = page.getByTestId("order-confirmation");
  await expect(confirmation).toBeVisible();
  const orderId = (await confirmation.getAttribute("data-order-id"))!;

  // The order, its line and the kitchen's alert, as staff read them.
  const order = await staffOrder(orderId);
  expect(order.allergies).toEqual({ allergens: ["mustard"], note: LONG_NOTE });
  expect(order.lines[0]).toMatchObject({ name: "Club sandwich", allergies: { allergens: ["eggs"], note: "no mayonnaise" }, contains: ["gluten", "eggs", "mustard"] });
  expect(order.allergy_alert!.allergens.map((a) => a.code)).toEqual(["eggs", "mustard"]);
  expect(order.allergy_alert!.notes).toEqual([LONG_NOTE, "Club sandwich: no mayonnaise"]);
  expect(order.allergy_alert!.warnings.map((w) => w.message)).toEqual(["Club sandwich contains eggs — guest declared eggs", "Club sandwich contains mustard — guest declared mustard"]);

  // Remembered for the next order of the stay, on both menus.
  await page.goto("/stay/breakfast");
  const full = page.getByTestId("menu-item").filter({ has: page.getByRole("heading", { name: "Full breakfast", exact: true }) });
  await full.getByRole("button", { name: "Add Full breakfast" }).click();
  const fullSheet = page.getByRole("dialog", { name: "Full breakfast" });
  await fullSheet.locator("fieldset").filter({ hasText: "Eggs" }).first().getByRole("radio").first().check().catch(() => undefined);
  await fullSheet.getByRole("button", { name: /Add to order/ }).click();
  await expect(page.getByRole("group", { name: "Allergies / dietary needs", exact: true }).getByRole("checkbox", { name: "Mustard" })).toBeChecked();

  // The guest's own order says what the kitchen was told.
  await page.goto("/stay/orders");
  const card = page.locator(`[data-order-id="${orderId}"]`).first();
  await expect(card.getByTestId("order-allergies")).toContainText("The kitchen was told: Eggs, Mustard");
  await expect(card.getByTestId("order-allergies")).toContainText(LONG_NOTE);
  await ctx.close();
});

test("bad allergy input is refused with a clear 400 and writes nothing", async () => {
  const g = guestOf(seed, "in_house");
  const [item] = await orderableItems(api, g.slug, g.token, "room-services");
  const before = ((await (await desk.get("/api/console/orders?type=ROOM_SERVICE")).json()) as { orders: unknown[] }).orders.length;
  for (const allergies of [{ allergens: ["shellfish"] }, { allergens: "mustard" }, { allergens: [], note: "x".repeat(301) }, { allergens: ["milk"], severity: "high" }, "mustard"]) {
    for (const where of ["order", "line"] as const) {
      const line = { item_id: item!.id, quantity: 1, options: item!.options.map((o) => o.id), ...(where === "line" ? { allergies } : {}) };
      const res = await api.post(`/api/public/hotel/${g.slug}/room-services/order/`, { headers: bearer(g.token), data: { items: [line], ...(where === "order" ? { allergies } : {}) } });
      expect(res.status(), JSON.stringify({ where, allergies })).toBe(400);
      expect(await res.json()).toMatchObject({ code: "VALIDATION_ERROR", error: expect.any(String) });
    }
  }
  expect(((await (await desk.get("/api/console/orders?type=ROOM_SERVICE")).json()) as { orders: unknown[] }).orders.length).toBe(before);
});

/** Whether an allergy banner is wholly on screen: inside its ticket, inside the viewport, nothing clamped. */
async function bannerShown(banner: Locator) {
  return banner.evaluate((el) => {
    const card = el.closest<HTMLElement>('[data-testid="ticket"], [data-testid="queue-order"], [data-testid="bf-order"]')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const parts = [el, ...el.querySelectorAll<HTMLElement>("*")];
    const style = getComputedStyle(el);
    return {
      inCard: r.top >= card.top - 1 && r.bottom <= card.bottom + 1 && r.left >= card.left - 1 && r.right <= card.right + 1,
      inViewport: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
      unclamped: parts.every((p) => p.scrollHeight <= p.clientHeight + 1 && getComputedStyle(p).webkitLineClamp === "none") && style.overflow !== "hidden",
    };
  });
}

/** Where an order's allergy text is wholly on screen without a tap: on its ticket, or pinned above the board. */
async function allergyOnScreen(page: Page, orderId: string, note: string): Promise<"ticket" | "strip" | null> {
  return page.evaluate(
    ({ orderId, note }) => {
      const whole = (el: Element | null) => {
        if (!el || !el.textContent?.includes(note)) return false;
        const r = el.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) return false;
        // Not hidden behind a scrolling column: the middle of its top and bottom edges is this element.
        const probe = (y: number) => el.contains(document.elementFromPoint(r.left + r.width / 2, y));
        return probe(r.top + 2) && probe(r.bottom - 2);
      };
      if (whole(document.querySelector(`[data-testid="ticket"][data-order-id="${orderId}"] [data-testid="allergy-alert"]`))) return "ticket";
      if (whole(document.querySelector(`[data-testid="allergy-strip-item"][data-order-id="${orderId}"] [data-testid="allergy-alert"]`))) return "strip";
      return null;
    },
    { orderId, note },
  );
}

async function openKitchen(browser: Browser, viewport: { width: number; height: number }) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await signInKitchen(page, staffOf(seed, "KITCHEN"));
  return { ctx, page };
}

test("on a full kitchen board the whole allergy text and each conflict are visible without a tap, portrait and landscape", async ({ browser }) => {
  await cancelOpenOrders(desk);
  const g = guestOf(seed, "in_house");
  const items = await menuWithAllergens(g.slug, g.token);
  const risky = items.find((i) => i.allergens.includes("mustard"))!;
  const plain = items.filter((i) => !i.allergens.some((a) => a === "mustard" || a === "sesame"));
  const place = async (data: Record<string, unknown>) => {
    const res = await api.post(`/api/public/hotel/${g.slug}/room-services/order/`, { headers: bearer(g.token), data });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { order_id: string }).order_id;
  };
  const line = (i: Item, quantity = 1) => ({ item_id: i.id, quantity, options: i.options.map((o) => o.id) });
  const ids: string[] = [];
  // Ten busy tickets (several lines and long notes), then the allergy orders arrive last.
  for (let n = 0; n < 10; n++) ids.push(await place({ items: [line(plain[n % plain.length]!, 2), line(plain[(n + 3) % plain.length]!)], notes: n % 2 ? "Extra napkins and cutlery for four, please; the door code is 4411 and the baby is asleep" : undefined }));
  const allergic = [
    await place({ items: [line(risky), line(plain[0]!, 2), line(plain[1]!)], allergies: { allergens: ["mustard", "sesame"], note: SHORT_NOTE } }),
    await place({ items: [line(plain[2]!), line(risky)], notes: "No mustard at all please, my son has a severe allergy" }),
  ];
  const pages = [await openKitchen(browser, { width: 800, height: 1280 }), await openKitchen(browser, { width: 1280, height: 800 })];
  for (const { page } of pages) await expect(page.getByTestId("ticket")).toHaveCount(12);
  // Spread over the columns as in service: the oldest are being prepared.
  for (const id of ids.slice(0, 4)) await bump(pages[1]!.page, id, "Accept");
  for (const id of ids.slice(0, 2)) await bump(pages[1]!.page, id, "Start");

  const expectations = [
    { id: allergic[0]!, head: "Allergy: Mustard, Sesame", note: SHORT_NOTE, conflicts: ["mustard", "sesame"].filter((a) => risky.allergens.includes(a)).map((a) => `⚠ ${risky.name} contains ${a} — guest declared ${a}`) },
    // A note typed in the wrong box that speaks of allergy still reaches the banner, in full.
    { id: allergic[1]!, head: "Allergy", note: "No mustard at all please, my son has a severe allergy", conflicts: [] },
  ];
  for (const { page } of pages) {
    const size = page.viewportSize()!;
    const name = `${size.width}x${size.height}`;
    await expect(page.getByTestId("column-preparing").getByTestId("ticket")).toHaveCount(2);
    for (const e of expectations) {
      const banner = ticket(page, e.id).getByTestId("allergy-alert");
      await expect(banner).toContainText(e.head);
      await expect(banner.getByTestId("allergy-note")).toHaveText(`“${e.note}”`);
      await expect(banner.getByTestId("allergy-conflict")).toHaveText(e.conflicts);
      expect((await bannerShown(banner)).unclamped, name).toBe(true);
      await expect.poll(() => allergyOnScreen(page, e.id, e.note), { message: `${name}: allergy of ${e.note} on screen` }).not.toBeNull();
    }
    await screenshot(page, `allergies-kitchen-full-${name}`);
    if (size.width > size.height) {
      // Landscape holds all 12 in view: the banners are on their tickets, nothing pinned.
      for (const e of expectations) expect(await bannerShown(ticket(page, e.id).getByTestId("allergy-alert")), name).toEqual({ inCard: true, inViewport: true, unclamped: true });
      await expect(page.getByTestId("allergy-strip")).toHaveCount(0);
      expect(await fitsWithoutScrolling(page)).toEqual({ page: true, columns: true, buttonsInView: true });
    } else {
      // Portrait: the newest tickets are below the fold of New, so their alerts are pinned in full above the board.
      const item = page.locator(`[data-testid="allergy-strip-item"][data-order-id="${allergic[1]}"]`);
      await expect(item).toBeInViewport({ ratio: 1 });
      await screenshot(page, `allergies-kitchen-full-${name}-pinned`);
      // Showing the ticket brings its own banner into view; the pinned copy goes.
      await item.getByRole("button", { name: /show ticket/ }).click();
      await expect(item).toHaveCount(0);
      expect(await bannerShown(ticket(page, allergic[1]!).getByTestId("allergy-alert"))).toEqual({ inCard: true, inViewport: true, unclamped: true });
    }
  }

  // The longest allergy note a guest may send is shown whole on the ticket, on both screens.
  const longest = await place({ items: [line(risky)], allergies: { allergens: ["mustard"], note: LONG_NOTE } });
  for (const { page } of pages) {
    const name = page.viewportSize()!.width;
    const banner = ticket(page, longest).getByTestId("allergy-alert");
    await expect(banner.getByTestId("allergy-note")).toHaveText(`“${LONG_NOTE}”`);
    expect((await bannerShown(banner)).unclamped, `${name}`).toBe(true);
    await expect.poll(() => allergyOnScreen(page, longest, LONG_NOTE), { message: `${name}: longest note on screen` }).not.toBeNull();
    await screenshot(page, `allergies-kitchen-longest-${name}`);
  }
  await expectNoAxeViolations(pages[1]!.page);
  for (const { ctx } of pages) await ctx.close();

  // The console's queue shows the same banner.
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const desktop = await ctx.newPage();
  const { signInUi } = await import("./staff-helpers");
  const s = staffOf(seed, "FRONT_DESK");
  await signInUi(desktop, s.email, s.password);
  await desktop.goto("/console/orders");
  const card = desktop.locator(`[data-testid="queue-order"][data-order-id="${allergic[0]}"]`);
  await expect(card.getByTestId("allergy-conflict")).toHaveText(expectations[0]!.conflicts);
  await card.scrollIntoViewIfNeeded();
  expect((await bannerShown(card.getByTestId("allergy-alert"))).unclamped).toBe(true);
  await screenshot(desktop, "allergies-console-queue-1440x900");
  await ctx.close();
});

test("breakfast carries allergies too: the console's breakfast list and the kitchen's breakfast view show them with the notes", async ({ browser }) => {
  const g = guestOf(seed, "in_house");
  const tz = seed.hotels[0]!.timezone;
  const tomorrow = localDay(new Date(Date.now() + 24 * 3600_000), tz);
  const res0 = await api.get(`/api/public/hotel/${g.slug}/breakfast/menu/`, { headers: bearer(g.token) });
  const menu = ((await res0.json()) as { categories: { items: { id: string; name: string; allergens: string[]; available: boolean; options: { required: boolean; choices: { id: string }[] }[] }[] }[] }).categories.flatMap((c) => c.items);
  const eggy = menu.find((i) => i.allergens.includes("eggs"))!;
  // The stay may hold one breakfast a morning: clear the hotel's open orders (the seed's and earlier
  // tests') so this one is certainly placed (the breakfast cut-off is 23:59, openKitchenHours).
  await cancelOpenOrders(desk);
  const res = await api.post(`/api/public/hotel/${g.slug}/breakfast/order/`, {
    headers: bearer(g.token),
    data: {
      delivery_date: tomorrow,
      items: [{ item_id: eggy.id, quantity: 1, options: eggy.options.filter((o) => o.required).map((o) => o.choices[0]!.id), instructions: "Toast on the side" }],
      notes: "Please bring two high chairs",
      allergies: { allergens: ["eggs"], note: "Our daughter: egg allergy" },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const orderId = ((await res.json()) as { order_id: string }).order_id;

  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  const { signInUi } = await import("./staff-helpers");
  const s = staffOf(seed, "FRONT_DESK");
  await signInUi(page, s.email, s.password);
  await page.goto("/console/breakfast");
  await page.getByLabel("Date").fill(tomorrow);
  const row = page.locator(`[data-testid="bf-order"][data-order-id="${orderId}"]`);
  await expect(row.getByTestId("allergy-conflict")).toHaveText(`⚠ ${eggy.name} contains eggs — guest declared eggs`);
  await expect(row.getByTestId("allergy-note")).toHaveText("“Our daughter: egg allergy”");
  await expect(row).toContainText("Please bring two high chairs");
  await expect(row).toContainText("Toast on the side");
  await expectNoAxeViolations(page);
  await screenshot(page, "allergies-console-breakfast-1440x900");
  await ctx.close();

  const kitchen = await openKitchen(browser, { width: 1280, height: 800 });
  await kitchen.page.goto(`/kitchen/breakfast?date=${tomorrow}`);
  await expect(ticket(kitchen.page, orderId).getByTestId("allergy-conflict")).toHaveText(`⚠ ${eggy.name} contains eggs — guest declared eggs`);
  await screenshot(kitchen.page, "allergies-kitchen-breakfast-1280x800");
  await kitchen.ctx.close();
});
