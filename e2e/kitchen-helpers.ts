import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { withSql } from "./db";
import type { SeedDocument } from "./fixtures";

// Shared steps of the kitchen specs: ordering as a guest over the public API, and opening the screen.

type MenuItem = { id: string; name: string; available: boolean; options: { id: string; required: boolean; choices: { id: string; label: string }[] }[] };
type Menu = { categories: { items: MenuItem[] }[] };

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
export const hhmm = (d: Date, tz: string) => new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);
export const localDay = (d: Date, tz: string) => new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

/**
 * Test setup, not behaviour under test: room service open around now and breakfast orderable for
 * tomorrow whenever the suite runs (hotel B has no admin in the seed to do it through the console).
 */
export async function openKitchenHours(seed: SeedDocument) {
  await withSql(async (sql) => {
    for (const h of seed.hotels) {
      const opens = hhmm(new Date(Date.now() - 2 * 3600_000), h.timezone);
      const closes = hhmm(new Date(Date.now() + 3 * 3600_000), h.timezone);
      await sql`update hotels set room_service_opens = ${opens}, room_service_closes = ${closes}, breakfast_cutoff = '23:59' where slug = ${h.slug}`;
    }
  });
}

export function guestOf(seed: SeedDocument, state: "in_house" | "arriving", hotelIndex = 0) {
  const slug = seed.hotels[hotelIndex]!.slug;
  const booking = seed.bookings.find((b) => b.hotel_slug === slug && b.state === state)!;
  const token = seed.links.find((l) => l.booking === booking.reference && l.purpose === "FULL_ACCESS")!.token;
  return { slug, ref: booking.reference, token, room: booking.room_number, guestName: booking.guest_name };
}

/** Orderable items of a menu, each with the first choice of every required option group. */
export async function orderableItems(api: APIRequestContext, slug: string, token: string, menu: "room-services" | "breakfast") {
  const res = await api.get(`/api/public/hotel/${slug}/${menu}/menu/`, { headers: bearer(token) });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as Menu;
  return body.categories
    .flatMap((c) => c.items)
    .filter((i) => i.available)
    .map((i) => ({
      id: i.id,
      name: i.name,
      options: i.options.filter((g) => g.required).map((g) => g.choices[0]!),
      // The first choice of every group, required or not (to exercise option counts).
      allOptions: i.options.filter((g) => g.choices.length > 0).map((g) => g.choices[0]!),
    }));
}

export async function placeRoomService(api: APIRequestContext, guest: { slug: string; token: string }, lines: { item_id: string; quantity: number; options?: string[]; instructions?: string }[], notes?: string) {
  const res = await api.post(`/api/public/hotel/${guest.slug}/room-services/order/`, { headers: bearer(guest.token), data: { items: lines, ...(notes ? { notes } : {}) } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { order_id: string; estimated_delivery: string };
}

export async function placeBreakfast(api: APIRequestContext, guest: { slug: string; token: string }, body: { delivery_date: string; time_slot: string; guests: number; items: { item_id: string; quantity: number; options?: string[] }[] }) {
  const res = await api.post(`/api/public/hotel/${guest.slug}/breakfast/order/`, { headers: bearer(guest.token), data: body });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { order_id: string };
}

export async function guestOrderStatus(api: APIRequestContext, guest: { slug: string; token: string }, orderId: string): Promise<string> {
  const res = await api.get(`/api/public/hotel/${guest.slug}/room-services/orders/${orderId}/`, { headers: bearer(guest.token) });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { status?: string; order?: { status: string } };
  return body.order?.status ?? body.status!;
}

export async function signInKitchen(page: Page, creds: { email: string; password: string }) {
  await page.goto("/login?next=/kitchen");
  await page.getByLabel("Email").fill(creds.email);
  await page.getByLabel("Password").fill(creds.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/kitchen$/);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
}

export const ticket = (page: Page, orderId: string) => page.locator(`[data-testid="ticket"][data-order-id="${orderId}"]`);

/** The button a ticket shows after each bump (the kitchen's own labels). */
const NEXT_BUMP = { Accept: "Start", Start: "Ready", Ready: "Send out" } as const;
/**
 * Taps a ticket's bump button and waits until the ticket shows the next one, as a cook looks
 * before the next tap: the board re-lays itself out after every bump, and a tap fired into a
 * moving board can land on whatever slid under it.
 */
export async function bump(page: Page, orderId: string, button: keyof typeof NEXT_BUMP) {
  await ticket(page, orderId).getByRole("button", { name: new RegExp(`^${button}`) }).click();
  await expect(ticket(page, orderId).getByRole("button", { name: new RegExp(`^${NEXT_BUMP[button]}`) })).toBeVisible();
}

/** True when nothing on the page needs scrolling and every ticket's bump button is on screen. */
export async function fitsWithoutScrolling(page: Page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement!;
    const overflowing = [...document.querySelectorAll<HTMLElement>(".kitchen-tickets")].some((el) => el.scrollHeight > el.clientHeight + 1);
    const buttonsInView = [...document.querySelectorAll<HTMLElement>(".kitchen-bump")].every((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth && r.height >= 44;
    });
    return { page: doc.scrollHeight <= window.innerHeight, columns: !overflowing, buttonsInView };
  });
}

/**
 * Each guest note or instruction on the board: wholly shown inside its ticket (not clamped, not
 * cut by the ticket's edge), and whether its ticket offers "More" (the whole ticket in a dialog).
 */
export async function guestTextReadable(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="ticket"] [data-clamp]')].map((el) => {
      const box = el.closest<HTMLElement>(".kitchen-lines")!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const more = el.closest('[data-testid="ticket"]')!.querySelector<HTMLElement>('[data-testid="ticket-more"]');
      const m = more?.getBoundingClientRect();
      return {
        text: el.textContent!.slice(0, 30),
        shown: el.scrollHeight <= el.clientHeight + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
        more: !!m && m.height >= 44,
      };
    }),
  );
}

/** Test setup: the demo seed leaves open orders; cancel them (through the staff API) so counts are exact. */
export async function cancelOpenOrders(staffApi: APIRequestContext) {
  const res = await staffApi.get("/api/console/orders?status=open");
  expect(res.status()).toBe(200);
  const { orders } = (await res.json()) as { orders: { order_id: string; status: string }[] };
  for (const o of orders) {
    const r = await staffApi.post(`/api/console/orders/${o.order_id}/status`, { data: { status: "CANCELLED", from_status: o.status, reason: "Cleared for the kitchen test" } });
    expect(r.status(), await r.text()).toBe(200);
  }
}
