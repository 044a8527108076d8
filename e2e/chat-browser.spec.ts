import { bookingOf, expect, linkOf, screenshot, staffOf, test } from "./fixtures";
import { signInUi } from "./staff-helpers";

// Guest and front desk in two Chromium contexts, both ways without a reload: the guest writes,
// the inbox shows it live with the unread badge, staff reply, seen marks and typing on both
// sides, resolve then a guest message reopens. Markup in a message stays text on both screens.

test("guest ↔ front desk chat, live both ways", async ({ browser, page, seed }) => {
  test.setTimeout(120_000);
  // The second hotel: no other chat spec leaves unread messages there, so the badge is ours.
  const { booking } = bookingOf(seed, "arriving", 1);
  const desk = staffOf(seed, "FRONT_DESK", 1);
  const deskFirst = desk.name.split(" ")[0]!;
  const guestFirst = booking.guest_name.split(" ")[0]!;
  const tag = Date.now().toString(36);

  await signInUi(page, desk.email, desk.password);
  await page.goto("/console/chat");
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));

  const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const guest = await guestContext.newPage();
  await guest.goto(linkOf(seed, booking.reference).url);
  await guest.getByRole("link", { name: "Chat with the front desk" }).click();
  await expect(guest).toHaveURL(/\/stay\/chat$/);
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await expect(guest.getByTestId("desk-availability")).toHaveText("The front desk is online");
  await guest.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));

  // The guest writes, with markup that must stay text.
  const hostile = `<img src=x onerror="window.__xss=1"> Is breakfast included? ${tag}`;
  await guest.getByLabel("Your message").fill(hostile);
  await guest.getByRole("button", { name: "Send" }).click();
  const guestMine = guest.getByTestId("chat-message").filter({ hasText: tag });
  await expect(guestMine).toContainText(`<img src=x onerror="window.__xss=1">`);
  await expect(guestMine).toContainText("Sent");

  // The inbox shows it live, with the unread badge in the nav and the tab title.
  const row = page.getByTestId("conversation-row").filter({ hasText: booking.guest_name });
  await expect(row).toContainText(tag);
  await expect(page.getByTestId("chat-unread-badge")).toBeVisible();
  await expect.poll(() => page.title()).toMatch(/^\(\d+\) /);
  await screenshot(page, "chat-inbox-unread");

  // Opening it marks it seen: the badge goes, the guest sees "Seen".
  await row.click();
  const staffGuestMsg = page.getByTestId("staff-chat-messages").getByTestId("chat-message").filter({ hasText: tag });
  await expect(staffGuestMsg).toContainText(`<img src=x onerror="window.__xss=1">`);
  await expect(page.getByTestId("chat-unread-badge")).toHaveCount(0);
  await expect(guestMine).toContainText("Seen");

  // Staff typing shows on the guest's screen; the reply arrives without a reload.
  await page.getByLabel("Reply").fill("Yes");
  await expect(guest.getByTestId("typing-indicator")).toHaveText(`${deskFirst} is typing…`);
  const reply = `Yes, breakfast is included, 7:00 to 10:30. See https://example.com/breakfast ${tag}`;
  await page.getByLabel("Reply").fill(reply);
  await page.getByRole("button", { name: "Send" }).click();
  const guestReply = guest.getByTestId("chat-message").filter({ hasText: "breakfast is included" });
  await expect(guestReply).toContainText(deskFirst);
  await expect(guestReply.getByRole("link", { name: "https://example.com/breakfast" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  // The guest's page is open, so the desk sees the reply as seen.
  await expect(page.getByTestId("staff-chat-messages").getByTestId("chat-message").filter({ hasText: "breakfast is included" })).toContainText("Seen");

  // Guest typing shows in the console.
  await guest.getByLabel("Your message").fill("Thanks");
  await expect(page.getByTestId("guest-typing")).toHaveText(`${guestFirst} is typing…`);

  // Resolve; a guest message reopens it.
  await page.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(page.getByTestId("conversation-status")).toHaveText("Resolved");
  await guest.getByLabel("Your message").fill(`One more thing ${tag}`);
  await guest.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("conversation-status")).toHaveText("Open");
  await expect(page.getByTestId("staff-chat-messages")).toContainText(`One more thing ${tag}`);
  await screenshot(page, "chat-console-conversation");
  await screenshot(guest, "chat-guest");

  // Nothing ran from the markup, and neither page reloaded.
  expect(await guest.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await guest.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);

  // The conversation's actions submit through the console's one submit hook: a session that has
  // ended sends the desk to sign in again (as every console form does) instead of a bare error.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fconsole%2Fchat/);
  await guestContext.close();
});
