import type { APIRequestContext, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { withSql } from "./db";
import { bookingOf, expect, linkOf, screenshot, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { bearer } from "./orders-helpers";
import { signedInApi, signInUi } from "./staff-helpers";

// The staff side of service requests (docs/requests.md): housekeeping's live queue on a phone,
// lateness on the screen's own clock, and the admin's request types and guide as guests read them.

type GuestType = { id: string; kind: string; name: string; target_minutes: number };
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };

function guest(seed: SeedDocument) {
  const { booking, hotel } = bookingOf(seed, "in_house");
  const { token } = linkOf(seed, booking.reference);
  const base = `/api/public/hotel/${hotel.slug}`;
  return {
    base,
    headers: bearer(token),
    async types(request: APIRequestContext): Promise<GuestType[]> {
      const res = await request.get(`${base}/requests/types/?lang=en`, { headers: bearer(token) });
      expect(res.status()).toBe(200);
      return ((await res.json()) as { types: GuestType[] }).types;
    },
    async ask(request: APIRequestContext, kind: string, fields: Record<string, unknown>): Promise<string> {
      const type = (await this.types(request)).find((t) => t.kind === kind)!;
      const res = await request.post(`${base}/requests/`, { headers: bearer(token), data: { type_id: type.id, ...fields } });
      expect(res.status(), await res.text()).toBe(201);
      return ((await res.json()) as { request: { id: string } }).request.id;
    },
  };
}

/** The number in the "N requests late" banner; 0 when there is none. */
async function lateInBanner(page: Page): Promise<number> {
  const banner = page.getByTestId("requests-late-banner");
  if ((await banner.count()) === 0) return 0;
  return Number(/(\d+) requests? late/.exec((await banner.textContent()) ?? "")?.[1] ?? 0);
}

test.describe("requests console", () => {
  test.slow(); // browser contexts, axe scans and screenshots on a shared 2-core machine

  test("housekeeping on a phone: a guest's request appears live with a chime, accepting it shows the guest who is on it", async ({ browser, request, seed }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const hk = staffOf(seed, "HOUSEKEEPING");
    const g = guest(seed);
    // Housekeeping's way in is its queue: Today sends it there.
    await signInUi(page, hk.email, hk.password, /\/console\/requests$/);
    const nav = page.getByRole("navigation", { name: "Console" });
    await expect(nav.getByRole("link")).toHaveText([/^Requests/]);
    await expect(page.getByTestId("live-indicator").first()).toHaveAttribute("data-state", "live");
    const badge = page.getByTestId("requests-badge");
    const chimesBefore = Number(await badge.getAttribute("data-chimes"));

    const id = await g.ask(request, "AMENITIES", { items: [{ key: "bath_towels", quantity: 2 }], note: "Two more, please" });
    const card = page.locator(`[data-request-id="${id}"]`);
    await expect(card).toHaveAttribute("data-status", "NEW");
    await expect(card).toContainText("Bath towels");
    await expect(card).toContainText("× 2");
    await expect(card).toContainText("Two more, please");
    await expect(badge).toHaveAttribute("data-chimes", String(chimesBefore + 1));
    await expect(badge).not.toHaveAttribute("data-open", "0");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
    await screenshot(page, "requests-housekeeping-phone");

    await card.getByRole("button", { name: "Accept" }).click();
    await expect(card).toHaveAttribute("data-status", "ACKNOWLEDGED");
    await expect(card.getByTestId("request-staff")).toContainText(hk.name);
    const seen = await request.get(`${g.base}/requests/${id}/`, { headers: g.headers });
    expect(await seen.json()).toMatchObject({ request: { status: "ACKNOWLEDGED", staff_first_name: hk.name.split(" ")[0] } });

    // Nothing of the desk's: no chat, no orders, and the chat page itself refuses them.
    const chat = await page.goto("/console/chat");
    expect(chat?.status()).toBe(403);
    await context.close();
  });

  test("a request still new past its promise turns late on the screen's clock and raises the banner; accepting it clears both", async ({ browser, request, seed }) => {
    const context = await browser.newContext({ viewport: DESK });
    const page = await context.newPage();
    // The browser's clock is under the test's control from the first page on.
    await page.clock.install();
    const desk = staffOf(seed, "FRONT_DESK");
    const g = guest(seed);
    await signInUi(page, desk.email, desk.password);
    const target = (await g.types(request)).find((t) => t.kind === "MAINTENANCE")!.target_minutes;
    const id = await g.ask(request, "MAINTENANCE", { description: "The reading light flickers." });
    await page.goto("/console/requests");
    const card = page.locator(`[data-request-id="${id}"]`);
    await expect(card).toHaveAttribute("data-status", "NEW");
    await expect(card.getByTestId("request-late")).toHaveCount(0);

    await page.clock.fastForward(`${String(target + 1).padStart(2, "0")}:00`);
    await expect(card.getByTestId("request-late")).toBeVisible();
    await expect(card).toHaveAttribute("data-late", "true");
    await expect(page.getByTestId("requests-late-banner")).toBeVisible();
    const lateBefore = await lateInBanner(page);
    expect(lateBefore).toBeGreaterThanOrEqual(1);
    await screenshot(page, "requests-late-desk");
    // Today lists it under "Late requests" on the same clock.
    await page.goto("/console");
    await expect(page.locator(`[data-testid="today-late-request"][data-request-id="${id}"]`)).toBeVisible();
    await screenshot(page, "requests-today-late");
    await page.goto("/console/requests");

    await card.getByRole("button", { name: "Accept" }).click();
    await expect(card).toHaveAttribute("data-status", "ACKNOWLEDGED");
    await expect(card.getByTestId("request-late")).toHaveCount(0);
    await expect.poll(() => lateInBanner(page)).toBe(lateBefore - 1);
    await context.close();
  });

  test("an admin edits a request type's promise and the Wi-Fi in the guide; the guest API answers with them", async ({ browser, request, seed }) => {
    const context = await browser.newContext({ viewport: DESK });
    const page = await context.newPage();
    const admin = staffOf(seed, "ADMIN");
    const g = guest(seed);
    await signInUi(page, admin.email, admin.password);
    const origin = new URL(page.url()).origin;
    const api = await signedInApi(origin, admin);
    const before = (await (await api.get("/api/console/hotel/guide")).json()) as { guide: Record<string, unknown>; checkOutTime: string };
    const fix = (await g.types(request)).find((t) => t.kind === "MAINTENANCE")!;
    const newTarget = fix.target_minutes + 7;
    const network = `Harbour-Test-${Date.now().toString(36)}`;
    try {
      await page.goto("/console/settings");
      await expect(page.getByTestId("live-indicator").first()).toHaveAttribute("data-state", "live");
      const type = page.getByTestId("request-type").filter({ has: page.locator("summary", { hasText: fix.name }) });
      await type.locator(":scope > summary").click();
      const form = type.getByTestId("request-type-form");
      await form.getByLabel("Target (minutes)").fill(String(newTarget));
      await form.getByRole("button", { name: "Save type" }).click();
      await expect(form.getByText("Saved.")).toBeVisible();
      const types = await g.types(request);
      expect(types.find((t) => t.id === fix.id)?.target_minutes).toBe(newTarget);

      const guide = page.getByRole("form", { name: "Hotel guide" });
      await guide.getByLabel("Wi-Fi network").fill(network);
      await guide.getByLabel("Wi-Fi password").fill("sea-breeze-42");
      await guide.getByRole("button", { name: "Save guide" }).click();
      await expect(guide.getByText("Saved.")).toBeVisible();
      const read = await request.get(`${g.base}/guide/`, { headers: g.headers });
      expect(read.status()).toBe(200);
      expect(await read.json()).toMatchObject({ wifi: { network, password: "sea-breeze-42" } });

      await expectNoAxeViolations(page);
      await screenshot(page, "requests-settings-desk");
      await page.setViewportSize(PHONE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, "requests-settings-phone");
    } finally {
      // Other specs of this worker read the seeded guide and promises.
      const headers = { Origin: origin };
      await api.patch(`/api/console/request-types/${fix.id}`, { data: { targetMinutes: fix.target_minutes }, headers });
      await api.put("/api/console/hotel/guide", { data: before, headers });
      await api.dispose();
      await context.close();
    }
  });
});

// Lists people work from drop nothing: the closed list comes 100 at a time, and the rest is a tap away.
test("the closed list pages: over 100 finished requests show as 100+, then all of them after \"Show older requests\"", async ({ browser }) => {
  const s = await seedIsolated(`rq${Date.now().toString(36)}`);
  const { booking, hotel } = bookingOf(s, "in_house");
  const closed = await withSql(async (sql) => {
    await sql`
      insert into service_requests (hotel_id, booking_id, type_id, kind, department, type_name, status, details, promised_at, done_at, created_at, updated_at)
      select b.hotel_id, b.id, t.id, t.kind, t.department, t.name, 'DONE', '{}'::jsonb, now(), now(), now() - make_interval(mins => n), now()
      from bookings b join request_types t on t.hotel_id = b.hotel_id and t.kind = 'AMENITIES', generate_series(1, 105) n
      where b.reference = ${booking.reference}`;
    // The demo seed may have closed some of its own: the list must hold every closed one, oldest last.
    return sql<{ id: string }[]>`
      select r.id from service_requests r join hotels h on h.id = r.hotel_id
      where h.slug = ${hotel.slug} and r.status in ('DONE', 'DECLINED', 'CANCELLED') order by r.created_at desc, r.id desc`;
  });
  const hk = staffOf(s, "HOUSEKEEPING");
  const page = await (await browser.newContext({ viewport: DESK })).newPage();
  await signInUi(page, hk.email, hk.password, /\/console\/requests$/);
  await page.getByRole("group", { name: "Status" }).getByRole("button", { name: "Closed" }).click();
  const cards = page.getByRole("list", { name: "Request queue" }).locator("[data-request-id]");
  await expect(page.getByText("100+ shown · newest first")).toBeVisible();
  await expect(cards).toHaveCount(100);
  await page.getByRole("button", { name: "Show older requests" }).click();
  await expect(page.getByText(`${closed.length} shown · newest first`)).toBeVisible();
  await expect(cards).toHaveCount(closed.length);
  await expect(page.getByRole("button", { name: "Show older requests" })).toHaveCount(0);
  await expect(cards.last()).toHaveAttribute("data-request-id", closed.at(-1)!.id);
  await page.context().close();
});
