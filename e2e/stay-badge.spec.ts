import { bookingOf, expect, linkOf, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

// One stay badge: the guest and the front desk read the same word for the same stay.
test("the portal and the console show the same stay badge", async ({ page, browser, seed }) => {
  const departed = bookingOf(seed, "departed").booking.reference;
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(linkOf(seed, departed).url);
  const guestBadge = guest.getByTestId("stay-status");
  await expect(guestBadge).toHaveText("Checked out");

  const desk = staffOf(seed, "FRONT_DESK");
  await signInUi(page, desk.email, desk.password);
  await page.goto(`/console/bookings/${departed}`);
  const consoleBadge = page.getByRole("main").getByTestId("stay-status");
  await expect(consoleBadge).toHaveText("Checked out");
  await expect(consoleBadge).toHaveAttribute("data-state", "departed");
  await expect(guestBadge).toHaveAttribute("data-state", "departed");
  await guestContext.close();
});
