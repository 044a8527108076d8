import { expectNoAxeViolations } from "./a11y";
import type { Page } from "@playwright/test";
import { bookingOf, expect, linkOf, screenshot, test } from "./fixtures";

// Issue 12, point 15: another site must not swap the booking on a guest's device (a cross-site
// GET /g/<token>) nor sign the guest out (a cross-site GET or POST /stay/leave).

const EVIL = "http://evil.example";

/** Serves a page on another site (routed inside the browser) and follows its link or form. */
async function fromEvilSite(page: Page, body: string) {
  await page.route(`${EVIL}/**`, (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html><html><body>${body}</body></html>` }));
  await page.goto(`${EVIL}/`);
}

test("a cross-site link to another booking asks before switching; the guest can keep or switch", async ({ page, seed, baseURL }) => {
  const mine = bookingOf(seed, "in_house").booking;
  const theirs = bookingOf(seed, "upcoming").booking;
  await page.goto(linkOf(seed, mine.reference).url);
  await expect(page.getByText(`Booking ${mine.reference}`)).toBeVisible();

  await fromEvilSite(page, `<a href="${baseURL}/g/${linkOf(seed, theirs.reference).token}">win a prize</a>`);
  await page.getByRole("link", { name: "win a prize" }).click();
  await expect(page).toHaveURL(/\/stay\/switch$/);
  await expect(page.getByRole("heading", { name: "You are opening a different booking" })).toBeVisible();
  await expect(page.getByTestId("pending-booking")).toContainText(theirs.reference);
  await expect(page.getByTestId("current-booking")).toContainText(mine.reference);
  await expectNoAxeViolations(page);
  await screenshot(page, "guest-switch-booking");
  // Nothing was swapped behind the guest's back.
  await page.goto("/stay");
  await expect(page.getByText(`Booking ${mine.reference}`)).toBeVisible();

  // Keeping the current booking forgets the pending one.
  await page.goto("/stay/switch");
  await page.getByRole("button", { name: `Keep booking ${mine.reference}` }).click();
  await expect(page).toHaveURL(/\/stay$/);
  await expect(page.getByText(`Booking ${mine.reference}`)).toBeVisible();
  await page.goto("/stay/switch");
  await expect(page).toHaveURL(/\/stay$/);

  // Opening it again and confirming switches.
  await page.goto(linkOf(seed, theirs.reference).url);
  await page.getByRole("button", { name: `Open booking ${theirs.reference}` }).click();
  await expect(page).toHaveURL(/\/stay$/);
  await expect(page.getByText(`Booking ${theirs.reference}`)).toBeVisible();
});

test("leaving and confirming a switch refuse cross-site POSTs even when cookies come along", async ({ request, seed }) => {
  const mine = linkOf(seed, bookingOf(seed, "in_house").booking.reference).token;
  const theirs = linkOf(seed, bookingOf(seed, "upcoming").booking.reference).token;
  const res = await request.post("/stay/switch/confirm", {
    headers: { Cookie: `guest_token=${mine}; guest_token_pending=${theirs}`, Origin: EVIL, "Sec-Fetch-Site": "cross-site" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(res.headers()["set-cookie"] ?? "").not.toContain(theirs);
  const leave = await request.post("/stay/leave", { headers: { Cookie: `guest_token=${mine}`, Origin: EVIL, "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(leave.status()).toBe(403);
  expect(leave.headers()["set-cookie"] ?? "").not.toContain("guest_token=;");
});

test("a forged X-Forwarded-Host naming the evil Origin does not make a POST /stay/leave ours (no TRUST_PROXY)", async ({ playwright, seed, baseURL }) => {
  const mine = linkOf(seed, bookingOf(seed, "in_house").booking.reference).token;
  // A fresh context whose cookie jar holds the guest's cookie, as a browser would.
  const guest = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `guest_token=${mine}` } });
  const leave = await guest.post("/stay/leave", { headers: { Origin: EVIL, "X-Forwarded-Host": new URL(EVIL).host }, maxRedirects: 0 });
  expect(leave.status()).toBe(403);
  expect(await leave.json()).toMatchObject({ code: "CROSS_SITE_REQUEST" });
  expect(leave.headers()["set-cookie"] ?? "").not.toContain("guest_token=;");
  // The cookie still opens the portal.
  const stay = await guest.get("/stay", { maxRedirects: 0 });
  expect(stay.status()).toBe(200);
  // The same POST from our own origin is honoured, so the refusal above was the forged host's doing.
  const ours = await guest.post("/stay/leave", { headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(ours.status()).toBe(303);
  expect(ours.headers()["set-cookie"] ?? "").toContain("guest_token=;");
  await guest.dispose();
});

test("another site can neither GET nor POST /stay/leave to sign the guest out", async ({ page, seed, baseURL }) => {
  const { booking } = bookingOf(seed, "in_house");
  await page.goto(linkOf(seed, booking.reference).url);
  await expect(page.getByText(`Booking ${booking.reference}`)).toBeVisible();

  await fromEvilSite(page, `<a href="${baseURL}/stay/leave">leave</a>`);
  await page.getByRole("link", { name: "leave" }).click();
  await expect(page).toHaveURL(/\/stay$/);
  await expect(page.getByText(`Booking ${booking.reference}`)).toBeVisible();

  await fromEvilSite(page, `<form method="post" action="${baseURL}/stay/leave"><button>post leave</button></form>`);
  await Promise.all([page.waitForResponse(`${baseURL}/stay/leave`), page.getByRole("button", { name: "post leave" }).click()]);
  await page.goto("/stay");
  await expect(page.getByText(`Booking ${booking.reference}`)).toBeVisible();

  // The portal's own button still forgets the link.
  await page.getByRole("button", { name: "Forget this link on this device" }).click();
  await expect(page).toHaveURL(/reason=left/);
  await page.goto("/stay");
  await expect(page).toHaveURL(/link-problem/);
});
