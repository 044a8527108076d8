import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { withSql } from "./db";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { bearer, openKitchenHours, signInKitchen, ticket } from "./kitchen-helpers";
import { signedInApi } from "./staff-helpers";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

// The guest's language (issue 24), in Chromium through the magic link: chosen by the booking, the
// browser, the hotel's default, or the guest's own pick (which wins and is remembered on the
// device); every portal page in every language with lang/dir right and no missing string; Arabic
// right to left; the console stays English.

// The message files as the app reads them (Playwright's loader takes no JSON imports).
type Tree = { [k: string]: string | Tree };
const messages = (locale: Locale, ns: string) => JSON.parse(fs.readFileSync(path.resolve("lib/i18n/messages", locale, `${ns}.json`), "utf8")) as Tree;
const text = (locale: Locale, ns: string, key: string) => key.split(".").reduce<string | Tree>((t, k) => (t as Tree)[k]!, messages(locale, ns)) as string;

const fresh = () => seedIsolated(`lg${randomBytes(3).toString("hex")}`);
const GUEST_PAGES = ["/stay", "/stay/room-service", "/stay/breakfast", "/stay/orders", "/stay/chat"] as const;
// next-intl prints a missing message as its key path ("stay.headline.title"): none may show.
const RAW_KEY = /\b(?:common|stay|menu|orders|chat|link|email|errors)\.[a-z][A-Za-z]+(?:\.[A-Za-z0-9_]+)*\b/;

async function setBookingLanguage(reference: string, language: Locale | null) {
  await withSql((sql) => sql`update bookings set language = ${language} where reference = ${reference}`);
}
async function setHotelDefault(slug: string, language: Locale) {
  await withSql((sql) => sql`update hotels set default_language = ${language} where slug = ${slug}`);
}

async function openStay(browser: Browser, s: SeedDocument, reference: string, opts: BrowserContextOptions = {}): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, ...opts });
  const page = await ctx.newPage();
  await page.goto(linkOf(s, reference).url);
  await expect(page).toHaveURL(/\/stay$/);
  return page;
}

async function expectLanguage(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  await expect(page.getByTestId("language-switcher")).toHaveValue(locale);
  await expect(page.getByRole("link", { name: text(locale, "common", "backToStay") })).toHaveCount(page.url().endsWith("/stay") ? 0 : 1);
}

test("the booking's language, then the browser's, then the hotel's default", async ({ browser }) => {
  const s = await fresh();
  const { booking, hotel } = bookingOf(s, "in_house");

  await setBookingLanguage(booking.reference, "pt");
  const pt = await openStay(browser, s, booking.reference, { locale: "de-DE" });
  await expectLanguage(pt, "pt");
  await pt.context().close();

  await setBookingLanguage(booking.reference, null);
  const de = await openStay(browser, s, booking.reference, { locale: "de-DE" });
  await expectLanguage(de, "de");
  await de.context().close();

  // A guest who speaks none of the six: the hotel's default, with no broken string on any page.
  await setHotelDefault(hotel.slug, "fr");
  const fr = await openStay(browser, s, booking.reference, { locale: "ja-JP" });
  await expectLanguage(fr, "fr");
  for (const route of GUEST_PAGES) {
    await fr.goto(route);
    await expectLanguage(fr, "fr");
    expect(await fr.locator("body").innerText(), route).not.toMatch(RAW_KEY);
  }
  await fr.context().close();
});

test("the guest's pick wins, by keyboard, on every page, and is remembered on this device only", async ({ browser }) => {
  const s = await fresh();
  const { booking } = bookingOf(s, "in_house");
  await setBookingLanguage(booking.reference, "de");
  const page = await openStay(browser, s, booking.reference, { locale: "en-GB" });
  await expectLanguage(page, "de");

  // Keyboard only: tab to the switcher and choose Español.
  const switcher = page.getByTestId("language-switcher");
  for (let i = 0; i < 10 && !(await switcher.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(switcher).toBeFocused();
  await switcher.selectOption("es");
  await expectLanguage(page, "es");
  await page.reload();
  await expectLanguage(page, "es");
  await page.goto("/stay/orders");
  await expectLanguage(page, "es");

  // Another device (browser context) of the same booking still gets the booking's language.
  const other = await openStay(browser, s, booking.reference, { locale: "en-GB" });
  await expectLanguage(other, "de");
  await other.context().close();
  await page.context().close();
});

test("every portal page in every language: lang and dir right, the switcher named, no missing string", async ({ browser }) => {
  test.setTimeout(240_000);
  const s = await fresh();
  const { booking } = bookingOf(s, "in_house");
  const page = await openStay(browser, s, booking.reference);
  const english = new Map<string, string>();
  for (const locale of LOCALES) {
    await page.context().addCookies([{ name: "guest_lang", value: locale, domain: new URL(page.url()).hostname, path: "/" }]);
    for (const route of GUEST_PAGES) {
      await page.goto(route);
      await expectLanguage(page, locale);
      await expect(page.getByLabel(text(locale, "common", "language.label"))).toBeVisible();
      const shown = await page.locator("main").innerText();
      expect(shown, `${locale} ${route}`).not.toMatch(RAW_KEY);
      if (locale === "en") english.set(route, shown);
      else expect(shown, `${locale} ${route} is still English`).not.toBe(english.get(route));
    }
  }
  await page.context().close();
});

test("Arabic reads right to left with readable times and prices, and is accessible", async ({ browser }) => {
  const s = await fresh();
  const { booking } = bookingOf(s, "in_house");
  await setBookingLanguage(booking.reference, "ar");
  const page = await openStay(browser, s, booking.reference);
  await expectLanguage(page, "ar");
  await expectNoAxeViolations(page);
  await screenshot(page, "language-ar-stay");
  await page.goto("/stay/room-service");
  await expectLanguage(page, "ar");
  // The back link sits on the right of the header, as right-to-left readers expect.
  const back = page.getByRole("link", { name: text("ar", "common", "backToStay") });
  const box = (await back.boundingBox())!;
  expect(box.x + box.width).toBeGreaterThan(390 / 2);
  // Prices keep Latin digits.
  await expect(page.getByTestId("menu-item").first()).toContainText(/\d/);
  await expectNoAxeViolations(page);
  await screenshot(page, "language-ar-room-service");
  await page.context().close();
});

test("the switcher lists every language by its own name; the console stays English for a guest-language browser", async ({ browser, page, seed }) => {
  const s = await fresh();
  const { booking } = bookingOf(s, "in_house");
  const guest = await openStay(browser, s, booking.reference, { locale: "ar" });
  await expect(guest.getByTestId("language-switcher").locator("option")).toHaveText(LOCALES.map((l) => LOCALE_NAMES[l]));
  await guest.context().close();

  await page.context().addCookies([{ name: "guest_lang", value: "ar", domain: "localhost", path: "/" }]);
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  expect(seed.hotels.length).toBeGreaterThan(0);
});

test("the link-problem page speaks the browser's language and offers the switcher", async ({ browser }) => {
  const ctx = await browser.newContext({ locale: "fr-FR" });
  const page = await ctx.newPage();
  await page.goto("/g/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  await expect(page).toHaveURL(/link-problem/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("fr", "link", "problem.invalid.title"));
  await page.getByTestId("language-switcher").selectOption("pt");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("pt", "link", "problem.invalid.title"));
  await ctx.close();
});

// Every page in every language is walked above; ordering (and axe, whose findings do not depend on the
// words) runs in the right-to-left language and in the one with the longest words, where layouts break.
const ORDERING_LOCALES: Locale[] = ["ar", "de"];

test("in Arabic and German the in-house guest orders room service, and the pages are accessible", async ({ browser }) => {
  test.setTimeout(300_000);
  const s = await fresh();
  await openKitchenHours(s);
  const { booking } = bookingOf(s, "in_house");
  const page = await openStay(browser, s, booking.reference);
  for (const locale of ORDERING_LOCALES) {
    await page.context().addCookies([{ name: "guest_lang", value: locale, domain: new URL(page.url()).hostname, path: "/" }]);
    await page.goto("/stay");
    await expectLanguage(page, locale);
    await expectNoAxeViolations(page);
    await screenshot(page, `language-${locale}-stay`);
    await page.goto("/stay/room-service");
    await expectLanguage(page, locale);
    await expectNoAxeViolations(page);
    await screenshot(page, `language-${locale}-room-service`);
    const dish = page.locator('[data-testid="menu-item"][data-available="true"]').first();
    await dish.getByRole("button").first().click();
    const sheet = page.getByRole("dialog");
    // The sheet's code loads on the first tap: let it render before reading its groups.
    await expect(sheet.locator('button[type="submit"]')).toBeVisible();
    // The first choice of every single-choice group (a required one blocks the sheet otherwise).
    for (const group of await sheet.getByRole("group").all()) {
      const radios = group.getByRole("radio");
      if ((await radios.count()) > 0) await radios.first().check();
    }
    await sheet.locator('button[type="submit"]').click();
    await page.getByRole("button", { name: text(locale, "menu", "cart.placeOrder") }).click();
    const placed = page.getByTestId("order-confirmation");
    await expect(placed).toBeVisible();
    const orderId = await placed.getAttribute("data-order-id");
    expect(orderId).toBeTruthy();
    expect(await page.locator("main").innerText()).not.toMatch(RAW_KEY);
    await expectNoAxeViolations(page);
    // Out of the way of the booking's open-order cap for the next language.
    await withSql((sql) => sql`update orders set status = 'CANCELLED', cancelled_at = now() where id = ${orderId}`);
  }
  await page.context().close();
});

test("an order placed in German: the guest sees the German dish, the kitchen ticket the hotel's name", async ({ browser, baseURL }) => {
  const s = await fresh();
  await openKitchenHours(s);
  const { booking, hotel } = bookingOf(s, "in_house");
  const token = linkOf(s, booking.reference).token;
  const api = await browser.newContext({ baseURL });
  type Menu = { categories: { items: { id: string; name: string; available: boolean; options: { required: boolean; choices: { id: string }[] }[] }[] }[] };
  const menu = async (lang?: string) => (await (await api.request.get(`/api/public/hotel/${hotel.slug}/room-services/menu/${lang ? `?lang=${lang}` : ""}`, { headers: bearer(token) })).json()) as Menu;
  const english = (await menu()).categories.flatMap((c) => c.items);
  const german = new Map((await menu("de")).categories.flatMap((c) => c.items).map((i) => [i.id, i.name]));
  const dish = english.find((i) => i.available && german.get(i.id) && german.get(i.id) !== i.name)!;
  expect(dish, "the demo menu has a dish translated into German").toBeTruthy();
  const res = await api.request.post(`/api/public/hotel/${hotel.slug}/room-services/order/`, {
    headers: bearer(token),
    data: { language: "de", items: [{ item_id: dish.id, quantity: 1, options: dish.options.filter((o) => o.required).map((o) => o.choices[0]!.id) }] },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { order_id } = (await res.json()) as { order_id: string };
  await api.close();

  await setBookingLanguage(booking.reference, "de");
  const guest = await openStay(browser, s, booking.reference);
  await guest.goto("/stay/orders");
  await expect(guest.locator("main")).toContainText(german.get(dish.id)!);
  await guest.context().close();

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "de-DE" });
  const kitchen = await ctx.newPage();
  await signInKitchen(kitchen, staffOf(s, "KITCHEN"));
  await expect(kitchen.locator("html")).toHaveAttribute("lang", "en");
  await expect(ticket(kitchen, order_id)).toContainText(dish.name);
  await expect(ticket(kitchen, order_id)).not.toContainText(german.get(dish.id)!);
  await ctx.close();
});

// The build ships precompiled messages (next.config.mjs): the API's English field messages are
// matched against English's compiled texts and shown in German, numbers included.
test("a German guest's pre-check-in field errors read in German, numbers and all", async ({ browser }) => {
  const s = await fresh();
  const { booking } = bookingOf(s, "upcoming");
  await setBookingLanguage(booking.reference, "de");
  const page = await openStay(browser, s, booking.reference);
  await expectLanguage(page, "de");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await page.getByLabel(text("de", "stay", "precheckin.arrivalLabel")).selectOption("16:45");
  await page.getByLabel(text("de", "stay", "precheckin.adults"), { exact: true }).fill("11");
  await page.getByLabel("Mobiltelefon (optional)").fill("abc");
  await page.getByRole("button", { name: text("de", "stay", "precheckin.send") }).click();
  await expect(page.getByText(text("de", "stay", "precheckin.checkFields"))).toBeVisible();
  await expect(page.getByText(/^Höchstens \d+$/)).toBeVisible();
  await expect(page.getByText(text("de", "errors", "fields.phone"))).toBeVisible();
  await expect(page.getByText(/At most|Enter a phone/)).toHaveCount(0);
  await page.context().close();
});

test("the desk changes the booking's language: open pages follow live, a device with its own pick keeps it", async ({ browser, baseURL }) => {
  const s = await fresh();
  const { booking } = bookingOf(s, "in_house");
  await setBookingLanguage(booking.reference, null);
  const stay = await openStay(browser, s, booking.reference, { locale: "en-GB" });
  await expectLanguage(stay, "en");
  await expect(stay.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const orders = await stay.context().newPage();
  await orders.goto("/stay/orders");
  await expectLanguage(orders, "en");
  const chat = await stay.context().newPage();
  await chat.goto("/stay/chat");
  await expect(chat.locator("html")).toHaveAttribute("lang", "en");
  for (const p of [orders, chat]) await expect(p.getByTestId("live-indicator").first()).toHaveAttribute("data-state", "live");

  // Another device of the stay where the guest picked Español.
  const picked = await openStay(browser, s, booking.reference, { locale: "en-GB" });
  await picked.getByTestId("language-switcher").selectOption("es");
  await expectLanguage(picked, "es");
  await expect(picked.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");

  const desk = await signedInApi(baseURL!, staffOf(s, "FRONT_DESK"));
  const res = await desk.patch(`/api/console/bookings/${booking.reference}`, { data: { language: "de" } });
  expect(res.status(), await res.text()).toBe(200);

  await expectLanguage(stay, "de");
  await expectLanguage(orders, "de");
  await expect(chat.locator("html")).toHaveAttribute("lang", "de");
  await expect(chat.getByTestId("language-switcher")).toHaveValue("de");
  // The guest's own pick on that device wins over the desk's change.
  await picked.waitForTimeout(1500);
  await expectLanguage(picked, "es");
  await desk.dispose();
  await picked.context().close();
  await stay.context().close();
});
