import { bookingOf, expect, linkOf, staffOf, test } from "./fixtures";
import { guestOf, openKitchenHours, orderableItems, placeRoomService, signInKitchen, ticket } from "./kitchen-helpers";
import { signInUi } from "./staff-helpers";

// The demo stack end to end, tagged @embedded: CI runs every spec on PostgreSQL and this one on the
// embedded engine too, where it proves the launcher, the embedded database socket and the local
// Pusher server together. A magic link opens the portal live, one order reaches the open kitchen
// screen, one chat message reaches the open inbox.

test("@embedded magic link, one order on the live kitchen screen, one chat message in the live inbox", async ({ browser, seed, request }) => {
  await openKitchenHours(seed);
  const g = guestOf(seed, "in_house");

  const guestCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const guest = await guestCtx.newPage();
  await guest.goto(linkOf(seed, g.ref).url);
  await expect(guest).toHaveURL(/\/stay$/);
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");

  const kitchenCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const kitchen = await kitchenCtx.newPage();
  await signInKitchen(kitchen, staffOf(seed, "KITCHEN"));
  const items = await orderableItems(request, g.slug, g.token, "room-services");
  const { order_id } = await placeRoomService(request, g, [{ item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) }]);
  await expect(ticket(kitchen, order_id)).toContainText(`1 × ${items[0]!.name}`);

  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  const { booking } = bookingOf(seed, "in_house");
  const deskStaff = staffOf(seed, "FRONT_DESK");
  await signInUi(desk, deskStaff.email, deskStaff.password);
  await desk.goto("/console/chat");
  await expect(desk.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await guest.goto("/stay/chat");
  await expect(guest.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const text = `Smoke ${Date.now().toString(36)}: could we have two extra pillows?`;
  await guest.getByLabel("Your message").fill(text);
  await guest.getByRole("button", { name: "Send" }).click();
  await expect(guest.getByTestId("chat-message").filter({ hasText: text })).toContainText("Sent");
  await expect(desk.getByTestId("conversation-row").filter({ hasText: booking.guest_name })).toContainText(text.slice(0, 40));

  for (const c of [guestCtx, kitchenCtx, deskCtx]) await c.close();
});
