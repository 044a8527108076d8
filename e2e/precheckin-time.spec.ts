import { randomBytes } from "node:crypto";
import { bookingOf, expect, linkOf, seedIsolated, test } from "./fixtures";

// One time format everywhere: the pre-check-in arrival time is chosen from 24-hour times, whatever
// the browser's locale (its own time field shows "03:00 PM" in en-US).
// A field with two failing checks that say the same thing says it once (issue 21, 3).

test("pre-check-in offers the arrival time in 24-hour form in an en-US browser", async ({ browser }) => {
  // Its own hotels: other specs submit pre-check-in for the worker's bookings.
  const seed = await seedIsolated(`pt${randomBytes(3).toString("hex")}`);
  const { booking } = bookingOf(seed, "upcoming");
  const ctx = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(linkOf(seed, booking.reference).url);
  await expect(page).toHaveURL(/\/stay$/);
  const change = page.getByRole("button", { name: "Change details" });
  const field = page.getByLabel("Expected arrival time");
  await expect(field.or(change)).toBeVisible();
  if (await change.isVisible()) await change.click();
  await expect(field).toBeVisible();
  const options = await field.locator("option").allTextContents();
  expect(options.length).toBeGreaterThanOrEqual(96);
  for (const o of options) expect(o).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  expect(await field.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]!.textContent)).toMatch(/^\d\d:\d\d$/);
  await ctx.close();
});

test("a bad phone number at pre-check-in is told once, beside the field", async ({ browser }) => {
  const seed = await seedIsolated(`pp${randomBytes(3).toString("hex")}`);
  const { booking } = bookingOf(seed, "upcoming");
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(linkOf(seed, booking.reference).url);
  await expect(page).toHaveURL(/\/stay$/);
  const change = page.getByRole("button", { name: "Change details" });
  const phone = page.getByLabel("Mobile phone (optional)");
  await expect(phone.or(change)).toBeVisible();
  if (await change.isVisible()) await change.click();
  // "12" fails both the phone's pattern and its digit count, which say the same thing: once.
  await phone.fill("12");
  await page.getByRole("button", { name: "Send pre-check-in" }).click();
  const said = "Enter a phone number, e.g. +351 912 345 678";
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAccessibleDescription(said);
  await expect(page.getByText(said)).toHaveCount(1);
  await expect(page.getByText(said)).toHaveText(said);
  await ctx.close();
});
