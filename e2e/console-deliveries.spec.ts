import { expectNoAxeViolations } from "./a11y";
import { withSql } from "./db";
import { bookingOf, expect, staffOf, test } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// Realtime events the dispatcher gave up on are shown to ADMIN, who may put them back in the queue.
async function insertDead(reference: string): Promise<string> {
  return withSql(async (sql) => {
    const [row] = await sql`
      insert into outbox_events (channels, name, payload, attempts, last_error, dead_at)
      values (${sql.json([`private-guest-booking.${reference}`])}, 'booking.updated', ${sql.json({ booking_id: reference, fields: ["e2e-dead"] })}, 5, 'Pusher said 400: e2e refusal', now())
      returning id`;
    return String(row!.id);
  });
}

const stateOf = (id: string) => withSql(async (sql) => (await sql`select dead_at, delivered_at, attempts from outbox_events where id = ${id}`)[0]);

test("ADMIN sees a dead event with its error and retries it; it is then delivered", async ({ page, seed }) => {
  const { booking } = bookingOf(seed, "in_house");
  const id = await insertDead(booking.reference);
  const admin = staffOf(seed, "ADMIN");
  await signInUi(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Live updates" }).click();
  await expect(page).toHaveURL(/\/console\/deliveries$/);
  const row = page.locator(`tr[data-event-id="${id}"]`);
  await expect(row).toContainText("booking.updated");
  await expect(row).toContainText(`private-guest-booking.${booking.reference}`);
  await expect(row).toContainText("Pusher said 400: e2e refusal");
  await expect(row.getByRole("cell", { name: "5", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByRole("button", { name: "Retry booking.updated" }).click();
  await expect(row).toHaveCount(0);
  await expect.poll(async () => (await stateOf(id))?.delivered_at ?? null).not.toBeNull();
  expect((await stateOf(id))?.dead_at).toBeNull();
});

test("FRONT_DESK and KITCHEN get 403 for the page and the retry; bad ids get 400/404", async ({ seed, baseURL }) => {
  const { booking } = bookingOf(seed, "in_house");
  const id = await insertDead(booking.reference);
  for (const role of ["FRONT_DESK", "KITCHEN"] as const) {
    const s = staffOf(seed, role);
    const api = await signedInApi(baseURL!, { email: s.email, password: s.password });
    expect((await api.get("/console/deliveries")).status(), role).toBe(403);
    const list = await api.get("/api/console/deliveries");
    expect(list.status(), role).toBe(403);
    const retry = await api.post(`/api/console/deliveries/${id}/retry`);
    expect(retry.status(), role).toBe(403);
    expect((await retry.json()).code).toBe("FORBIDDEN");
    await api.dispose();
  }
  expect((await stateOf(id))?.dead_at).not.toBeNull(); // nothing was changed

  const admin = staffOf(seed, "ADMIN");
  const api = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
  const listed = (await (await api.get("/api/console/deliveries")).json()) as { dead: { id: string }[] };
  expect(listed.dead.map((d) => d.id)).toContain(id);
  const bad = await api.post("/api/console/deliveries/not-a-uuid/retry");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).code).toBe("VALIDATION_ERROR");
  const unknown = await api.post(`/api/console/deliveries/${crypto.randomUUID()}/retry`);
  expect(unknown.status()).toBe(404);
  await api.dispose();
});
