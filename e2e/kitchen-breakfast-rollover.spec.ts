import { request as pwRequest } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { zonedToUtc } from "@/lib/time/zoned";
import { withSql } from "./db";
import { expect, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { guestOf, localDay, openKitchenHours, orderableItems, placeBreakfast, signInKitchen, ticket } from "./kitchen-helpers";

// The kitchen's breakfast screen left open overnight: it follows the serving day by its own clock
// in the hotel's time zone. The evening before it shows tomorrow's tickets with nothing to bump; at
// midnight the same morning becomes today and its tickets get their buttons; when the serving
// window ends it moves to the next morning. No reload anywhere.

test.describe.configure({ timeout: 180_000 });

let seed: SeedDocument;

test.beforeAll(async () => {
  seed = await seedIsolated(`br${randomBytes(3).toString("hex")}`);
  await openKitchenHours(seed);
});

const dayTitle = (date: string) => new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

test("a breakfast screen open overnight rolls over to the day, then to the next morning after service", async ({ browser, baseURL }) => {
  const hotel = seed.hotels[0]!;
  const tz = hotel.timezone;
  const today = localDay(new Date(), tz);
  const tomorrow = plusDays(today, 1);
  const [row] = await withSql((sql) => sql<{ end: string }[]>`select breakfast_serving_end as "end" from hotels where slug = ${hotel.slug}`);
  const api = await pwRequest.newContext({ baseURL });
  const g = guestOf(seed, "in_house");
  const item = (await orderableItems(api, g.slug, g.token, "breakfast"))[0]!;
  const { order_id } = await placeBreakfast(api, g, { delivery_date: tomorrow, time_slot: "07:30", guests: 1, items: [{ item_id: item.id, quantity: 1, options: item.options.map((o) => o.id) }] });
  await api.dispose();

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  // The tablet's clock: late this evening, hotel time.
  await page.clock.install({ time: zonedToUtc(today, "23:30", tz) });
  await signInKitchen(page, staffOf(seed, "KITCHEN"));
  // Loaded directly: a tab tap can land before hydration under the installed clock (as kitchen-shift).
  await page.goto("/kitchen/breakfast");
  const heading = page.getByRole("heading", { level: 2, name: /^Breakfast for/ });
  await expect(heading).toHaveText(`Breakfast for ${dayTitle(tomorrow)}`);
  await expect(ticket(page, order_id)).toBeVisible();
  await expect(ticket(page, order_id).getByRole("button")).toHaveCount(0);

  // Past midnight: the same morning is today, and its tickets can be bumped.
  await page.clock.setSystemTime(zonedToUtc(tomorrow, "06:45", tz));
  await page.clock.runFor(20_000);
  await expect(heading).toHaveText(`Breakfast for ${dayTitle(tomorrow)}`);
  await expect(ticket(page, order_id).getByRole("button", { name: /Accept/ })).toBeVisible();

  // Service is over: the screen moves on to the next morning.
  const [h, m] = row!.end.split(":").map(Number) as [number, number];
  const after = `${String(h).padStart(2, "0")}:${String(m + 1).padStart(2, "0")}`.replace(/:60$/, ":59");
  await page.clock.setSystemTime(zonedToUtc(tomorrow, after, tz));
  await page.clock.runFor(20_000);
  await expect(heading).toHaveText(`Breakfast for ${dayTitle(plusDays(tomorrow, 1))}`);
  await expect(ticket(page, order_id)).toHaveCount(0);
  await ctx.close();
});
