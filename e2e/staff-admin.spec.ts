import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, screenshot, staffOf, test } from "./fixtures";
import { magicLinkIn, mailsTo } from "./mail";
import { signedInApi, signInUi } from "./staff-helpers";

test.describe("staff console: forms, email, admin pages", () => {
  test("create a booking: field errors, then one booking despite a double click", async ({ page, seed, baseURL }) => {
    const admin = staffOf(seed, "ADMIN");
    await signInUi(page, admin.email, admin.password);
    await page.goto("/console/bookings/new");
    await page.getByRole("button", { name: "Create booking" }).click();
    await expect(page.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(page.getByLabel("Guest name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Check-out")).toHaveAttribute("aria-invalid", "true");
    // An empty date is missing, not misformatted (it said "Use a date like 2026-05-31").
    await expect(page.getByLabel("Check-out")).toHaveAccessibleDescription("Required");
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-new-booking-errors");

    const name = `Double Click ${Date.now()}`;
    await page.getByLabel("Guest name").fill(name);
    await page.getByLabel("Email").fill("double@example.com");
    // One adult and one child: the booking page says so in words people use ("1 child", never "1 children").
    await page.getByLabel("Adults").fill("1");
    await page.getByLabel("Children").fill("1");
    const checkIn = await page.getByLabel("Check-in").inputValue();
    const out = new Date(`${checkIn}T00:00:00Z`);
    out.setUTCDate(out.getUTCDate() + 2);
    await page.getByLabel("Check-out").fill(out.toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Create booking" }).dblclick();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    expect(page.url()).toMatch(/\/console\/bookings\/[A-Z0-9]{2,6}-\d{4}-\d{4}$/);
    const stay = page.getByRole("region", { name: "Guest and stay" });
    await expect(stay).toContainText("1 adult, 1 child");
    await expect(stay).not.toContainText(/\b1 (?:adults|children)\b/);

    const api = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
    const found = (await (await api.get(`/api/console/bookings?q=${encodeURIComponent(name)}`)).json()) as { bookings: unknown[] };
    expect(found.bookings).toHaveLength(1);
    // Same key twice over HTTP: the second answer is the first booking, not a new one.
    const body = { guestName: "Key Twice", adults: 1, children: 0, checkInDate: checkIn, checkOutDate: out.toISOString().slice(0, 10), idempotencyKey: crypto.randomUUID() };
    const first = await api.post("/api/console/bookings", { data: body });
    const second = await api.post("/api/console/bookings", { data: body });
    expect([first.status(), second.status()]).toEqual([201, 200]);
    expect((await second.json()).booking.reference).toBe((await first.json()).booking.reference);
    await api.dispose();
  });

  test("send a link by email goes over SMTP, is kept (redacted) in the outbox and shows on the booking", async ({ page, seed }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const { booking } = bookingOf(seed, "upcoming");
    await signInUi(page, desk.email, desk.password);
    await page.goto(`/console/bookings/${booking.reference}`);
    await page.getByLabel("To").fill("not-an-email");
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.locator("#email-to")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("To").fill("guest.e2e@example.com");
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.getByText("Sent to guest.e2e@example.com.")).toBeVisible();
    expect(mailsTo("guest.e2e@example.com").some((m) => magicLinkIn(m) !== null)).toBe(true);
    await expect(page.getByTestId("audit-trail")).toContainText("Guest link emailed");
    await expect(page.getByTestId("link-row").filter({ hasText: "Emailed to guest.e2e@example.com" })).toBeVisible();

    await page.getByRole("link", { name: "Outbox" }).click();
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-outbox");
    await page.getByRole("row").filter({ hasText: "guest.e2e@example.com" }).getByRole("link").first().click();
    const mail = page.frameLocator("iframe[title='Email, HTML version']");
    await expect(mail.getByRole("link", { name: "Open your guest page" })).toBeVisible();
    await expect(mail.getByText(booking.reference)).toBeVisible();
    await screenshot(page, "staff-outbox-message");
  });

  test("admin edits hotel settings with field errors and manages staff; kitchen sees its home", async ({ page, seed }) => {
    const admin = staffOf(seed, "ADMIN");
    await signInUi(page, admin.email, admin.password);
    await page.getByRole("link", { name: "Hotel settings" }).click();
    await page.getByLabel("Time zone").fill("Mars/Olympus");
    await page.getByLabel("Currency").fill("XXQ");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Unknown time zone", { exact: false })).toBeVisible();
    await expect(page.getByText("Unknown currency", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-settings-errors");
    await page.getByLabel("Time zone").fill(seed.hotels[0]!.timezone);
    await page.getByLabel("Currency").fill("EUR");
    await page.getByLabel("Default preparation (minutes)").fill("25");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();

    await page.getByRole("link", { name: "Staff" }).click();
    await page.getByRole("button", { name: "Add staff" }).click();
    await expect(page.locator("#staff-email")).toHaveAttribute("aria-invalid", "true");
    const email = `new.${Date.now()}@example.com`;
    await page.getByLabel("Name", { exact: true }).fill("New Colleague");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("KITCHEN");
    await page.getByLabel("First password").fill("a-very-long-password");
    await page.getByRole("button", { name: "Add staff" }).click();
    // Every addition is an invitation: the person joins when they sign in and accept it.
    await expect(page.getByRole("table", { name: "Invited, waiting for them to accept" }).getByRole("cell", { name: email })).toBeVisible();
    const colleague = await signedInApi(new URL(page.url()).origin, { email, password: "a-very-long-password" });
    const { invitations } = (await (await colleague.get("/api/console/invitations")).json()) as { invitations: { id: string }[] };
    expect((await colleague.post(`/api/console/invitations/${invitations[0]!.id}/accept`)).status()).toBe(200);
    await colleague.dispose();
    await page.reload();
    await expect(page.getByRole("table", { name: "Staff of this hotel" }).getByRole("cell", { name: email })).toBeVisible();
    await page.getByLabel("Role of New Colleague").selectOption("FRONT_DESK");
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-management");
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByRole("button", { name: "Deactivate…" }).click();
    await row.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("cell", { name: email })).toHaveCount(0);

    // Kitchen: lands on its screen, no bookings.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    const kitchen = staffOf(seed, "KITCHEN");
    await signInUi(page, kitchen.email, kitchen.password, /\/kitchen$/);
    await expect(page.getByRole("heading", { name: "Kitchen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bookings" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshot(page, "staff-kitchen-home");
  });

  test("wrong password is refused with a message", async ({ page, seed }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(staffOf(seed, "KITCHEN").email);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not correct" })).toHaveText("Email or password is not correct.");
    await screenshot(page, "staff-login-error");
  });
});
