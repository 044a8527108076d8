import { chromium, request as pwRequest } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expect, seedIsolated, staffOf, test, type SeedDocument } from "./fixtures";
import { guestOf, openKitchenHours, orderableItems, placeRoomService, ticket } from "./kitchen-helpers";

// The kitchen screen opened through any host the app is served on (127.0.0.1, or a tablet using
// the machine's name on the network) gets its realtime connection: the CSP and the client settings
// name the realtime server on the host the page came from, and a new order arrives live.

test.describe.configure({ mode: "serial", timeout: 180_000 });

const port = Number(process.env.E2E_PORT);
let seed: SeedDocument;

test.beforeAll(async () => {
  seed = await seedIsolated(`rh${randomBytes(3).toString("hex")}`);
  await openKitchenHours(seed);
});

// A second name for this machine, as a tablet on the hotel's network would use: Chromium resolves
// it to the loopback address, so the request reaches the app with that name as its Host.
const OTHER_HOST = "kitchen-screen.hotel.test";

for (const host of ["127.0.0.1", OTHER_HOST]) {
  test(`the kitchen screen opened through ${host} connects live and shows a new order`, async ({}, testInfo) => {
    const launch = testInfo.project.use.launchOptions ?? {};
    const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), `--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`] });
    const origin = `http://${host}:${port}`;
    const ctx = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to connect/i.test(m.text())) refused.push(m.text());
    });

    const creds = staffOf(seed, "KITCHEN");
    await page.goto("/login?next=/kitchen");
    await page.getByLabel("Email").fill(creds.email);
    await page.getByLabel("Password").fill(creds.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${origin}/kitchen`);
    await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live", { timeout: 20_000 });

    const api = await pwRequest.newContext({ baseURL: `http://localhost:${port}` });
    const g = guestOf(seed, "in_house");
    const items = await orderableItems(api, g.slug, g.token, "room-services");
    const { order_id } = await placeRoomService(api, g, [{ item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) }]);
    await expect(ticket(page, order_id)).toBeVisible();
    expect(refused).toEqual([]);
    await api.dispose();
    await browser.close();
  });
}

test("a kitchen screen whose realtime address is refused says so instead of 'Connecting…'", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  // As a proxy in front of the app that sets its own, stricter policy would: sockets only to 'self'.
  await page.route(/\/kitchen$/, async (route) => {
    const res = await route.fetch();
    const csp = (res.headers()["content-security-policy"] ?? "").replace(/connect-src [^;]+/, "connect-src 'self'");
    await route.fulfill({ response: res, headers: { ...res.headers(), "content-security-policy": csp } });
  });
  const creds = staffOf(seed, "KITCHEN");
  await page.goto("/login?next=/kitchen");
  await page.getByLabel("Email").fill(creds.email);
  await page.getByLabel("Password").fill(creds.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/kitchen$/);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "blocked");
  await expect(page.getByTestId("live-indicator")).toHaveText("Live updates blocked");
  await expect(page.getByTestId("kitchen-offline")).toContainText("Live updates are blocked at this address");
  await ctx.close();
});
