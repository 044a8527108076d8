import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expect, seedIsolated, staffOf, test } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// Issue 21 (7): console times are 24-hour everywhere, also in a 12-hour locale. `<input type="time">`
// showed "03:00 PM" in en-US; the settings and menu item forms take HH:MM text instead.
test.use({ locale: "en-US", timezoneId: "America/New_York" });

/** Every time field of the page: none is the browser's 12-hour-capable time input, each holds HH:MM or nothing, and no AM/PM shows. */
async function expect24Hour(page: Page, fields: string[]) {
  await expect(page.locator('input[type="time"]')).toHaveCount(0);
  for (const label of fields) {
    const input = page.getByLabel(label, { exact: true });
    await expect(input).toHaveAttribute("type", "text");
    await expect(input).toHaveValue(/^(?:[01]\d|2[0-3]):[0-5]\d$|^$/);
  }
  await expect(page.locator("main")).not.toContainText(/\b[AP]M\b/);
}

test("settings and menu item times are 24-hour in an en-US browser, and 22:45 saves as typed", async ({ page, baseURL }) => {
  const seed = await seedIsolated(`h24${randomBytes(3).toString("hex")}`);
  const admin = staffOf(seed, "ADMIN");
  await signInUi(page, admin.email, admin.password);

  await page.goto("/console/settings");
  const settingsTimes = ["Opens", "Closes", "Order cut-off (evening before)", "Serving starts", "Serving ends"];
  await expect24Hour(page, settingsTimes);
  // A numeric keypad has no colon: "2245" becomes 22:45 on leaving the field.
  await page.getByLabel("Order cut-off (evening before)", { exact: true }).fill("2245");
  await page.getByLabel("Serving starts", { exact: true }).fill("06:10");
  await page.getByLabel("Serving starts", { exact: true }).blur();
  await expect(page.getByLabel("Order cut-off (evening before)", { exact: true })).toHaveValue("22:45");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const api = await signedInApi(baseURL!, admin);
  const { hotel } = (await (await api.get("/api/console/hotel")).json()) as { hotel: { breakfastCutoff: string; breakfastServingStart: string } };
  expect(hotel).toMatchObject({ breakfastCutoff: "22:45", breakfastServingStart: "06:10" });
  await page.reload();
  await expect(page.getByLabel("Order cut-off (evening before)", { exact: true })).toHaveValue("22:45");
  await expect24Hour(page, settingsTimes);

  // A menu item's hours: the same field, and a time past noon saves as 24-hour.
  await page.goto("/console/menus");
  await page.getByRole("button", { name: /^Edit / }).first().click();
  const form = page.getByRole("form", { name: /^Edit / });
  await expect24Hour(page, ["Available from", "Available until"]);
  await form.getByLabel("Available from", { exact: true }).fill("15:30");
  await form.getByLabel("Available until", { exact: true }).fill("22:45");
  const formName = (await form.getAttribute("aria-label"))!.replace(/^Edit /, "");
  await form.getByRole("button", { name: "Save item" }).click();
  await expect(form).toHaveCount(0);
  const { items } = (await (await api.get("/api/console/menus")).json()) as { items: { name: string; availableFrom: string | null; availableUntil: string | null }[] };
  expect(items.find((i) => i.name === formName)).toMatchObject({ availableFrom: "15:30", availableUntil: "22:45" });
  await page.getByRole("button", { name: `Edit ${formName}` }).click();
  await expect(page.getByRole("form", { name: `Edit ${formName}` }).getByLabel("Available from", { exact: true })).toHaveValue("15:30");
  await expect24Hour(page, ["Available from", "Available until"]);
  await api.dispose();
});
