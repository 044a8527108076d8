import { expectNoAxeViolations } from "./a11y";
import { expect, screenshot, staffOf, test, type SeedDocument } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// The manager's reports: a MANAGER reads them (page, JSON, CSV) and nothing else of the console;
// the front desk may not read them. One browser journey; the rest over HTTP.

/** The demo's MANAGER of the worker's first hotel (the seed gives each demo hotel plan one). */
async function manager(seed: SeedDocument, _baseURL: string): Promise<{ email: string; password: string }> {
  const m = staffOf(seed, "MANAGER");
  return { email: m.email, password: m.password };
}

test.describe("manager's reports", () => {
  test("a manager reads reports as JSON and CSV and may change nothing; the front desk may not read them", async ({ seed, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const api = await signedInApi(baseURL!, await manager(seed, baseURL!));

    const all = await api.get("/api/console/reports?range=7d");
    expect(all.status()).toBe(200);
    const body = (await all.json()) as { range: { days: string[] }; "room-service": { total: { orders: number } }; "busiest-hours": { cells: unknown[] } };
    expect(body.range.days).toHaveLength(7);
    expect(body["room-service"].total.orders).toBeGreaterThan(0); // the demo's orders of the last days
    expect(body["busiest-hours"].cells).toHaveLength(7 * 24);
    const chat = await api.get("/api/console/reports/chat?range=30d");
    expect(chat.status()).toBe(200);
    expect(Object.keys((await chat.json()) as object).sort()).toEqual(["chat", "currency", "range"]);

    const csv = await api.get("/api/console/reports/room-service?range=7d&format=csv&table=days");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="room-service-days-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(`date,orders,delivered,cancelled,revenue_minor_${seed.hotels[0]!.currency},accept_median_min,accept_p90_min,deliver_median_min,deliver_p90_min`);
    expect(lines).toHaveLength(1 + 7 + 1); // header, seven days, the total
    expect(lines[8]).toMatch(/^Total,/);

    // Bad input is a 4xx with the error contract.
    for (const [path, status, code] of [
      ["/api/console/reports?range=custom&from=2026-01-01", 400, "VALIDATION_ERROR"],
      ["/api/console/reports?range=custom&from=2024-01-01&to=2025-06-01", 400, "VALIDATION_ERROR"],
      ["/api/console/reports/payroll", 404, "NOT_FOUND"],
      ["/api/console/reports/chat?format=csv&table=days%3Bdrop", 400, "VALIDATION_ERROR"],
      ["/api/console/reports/chat?format=xlsx", 400, "VALIDATION_ERROR"],
    ] as const) {
      const res = await api.get(path);
      expect(res.status(), path).toBe(status);
      expect(((await res.json()) as { code: string }).code, path).toBe(code);
    }

    // Nothing else of the console: no bookings written, no order queue, no chat.
    const booking = await api.post("/api/console/bookings", { headers: { origin }, data: { primaryGuestName: "Not Allowed", checkInDate: "2030-01-01", checkOutDate: "2030-01-02" } });
    expect(booking.status()).toBe(403);
    for (const path of ["/api/console/orders", "/api/console/bookings", "/api/console/conversations", "/api/console/staff"]) expect((await api.get(path)).status(), path).toBe(403);

    const desk = staffOf(seed, "FRONT_DESK");
    const deskApi = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    expect((await deskApi.get("/api/console/reports?range=7d")).status()).toBe(403);
    expect((await deskApi.get("/api/console/reports/room-service?format=csv&table=days")).status()).toBe(403);
    expect((await deskApi.get("/console/reports")).status()).toBe(403);
    await Promise.all([api.dispose(), deskApi.dispose()]);
  });

  test("a manager signs in to the reports page: charts with their tables, a CSV download, accessible on desktop and tablet", async ({ page, seed, baseURL }) => {
    const m = await manager(seed, baseURL!);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInUi(page, m.email, m.password, /\/console\/reports$/);
    await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
    for (const name of ["Room service", "Breakfast", "Chat", "Service requests", "Busiest hours"]) await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    // Every chart is one image with a summary, and its numbers are in a captioned table.
    const charts = page.locator("svg[role=img]");
    await expect(charts).toHaveCount(7);
    for (const label of await charts.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""))) expect(label.length).toBeGreaterThan(20);
    await expect(page.locator("table caption")).toHaveCount(8);

    await page.getByLabel("Range", { exact: true }).selectOption("30d");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/range=30d/);
    // Streaming holds the new page in a hidden copy outside #main before swapping it in: wait for
    // the shown one, then for the hidden copy to be gone, before scanning the page.
    await expect(page.locator("#main").getByText(/\(30 days\)/)).toBeVisible();
    await expect(page.getByText(/\(30 days\)/)).toHaveCount(1);
    await expectNoAxeViolations(page);
    await screenshot(page, "reports-1440");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV of breakfast per slot (all mornings of the range)" }).click();
    expect((await download).suggestedFilename()).toMatch(/^breakfast-slots-.*\.csv$/);

    // A custom range the other way round says why, beside the picker.
    await page.goto("/console/reports?range=custom&from=2026-03-10&to=2026-03-01");
    await expect(page.getByRole("form", { name: "Report period" }).getByRole("alert")).toContainText("The last day is before the first");

    await page.setViewportSize({ width: 800, height: 1280 });
    await page.goto("/console/reports?range=30d");
    await expectNoAxeViolations(page);
    await screenshot(page, "reports-800");
  });
});
