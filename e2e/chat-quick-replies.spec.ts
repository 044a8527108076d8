import { expectNoAxeViolations } from "./a11y";
import { bookingOf, expect, linkOf, screenshot, staffOf, test } from "./fixtures";
import { signedInApi, signInUi } from "./staff-helpers";

// The desk's saved replies: managed on /console/chat/quick-replies, offered in the conversation's
// reply box. The screen and the picker use the same list.

const chatPath = (slug: string, p: string) => `/api/public/hotel/${slug}/chat/${p}/`;

test("desk staff add, edit and delete a quick reply; the conversation's picker inserts it and it sends", async ({ page, seed, baseURL }) => {
  test.setTimeout(120_000); // several browser contexts and sign-ins on a busy 2-core machine
  const { booking, hotel } = bookingOf(seed, "in_house");
  const desk = staffOf(seed, "FRONT_DESK");
  const tag = Date.now().toString(36);
  // The guest has written, so the desk has a conversation to answer.
  const guest = await signedInApi(baseURL!);
  const headers = { Authorization: `Bearer ${linkOf(seed, booking.reference).token}` };
  expect((await guest.post(chatPath(hotel.slug, "start"), { headers })).status()).toBe(200);
  expect((await guest.post(chatPath(hotel.slug, "message"), { headers, data: { message: `Can I get more towels? ${tag}` } })).status()).toBe(200);

  await signInUi(page, desk.email, desk.password);
  await page.goto("/console/chat");
  await page.getByRole("link", { name: "Quick replies" }).first().click();
  await expect(page).toHaveURL(/\/console\/chat\/quick-replies$/);
  await expect(page.getByRole("heading", { name: "Quick replies", level: 1 })).toBeVisible();
  const add = page.getByRole("form", { name: "New quick reply" });

  // Validation errors from the server show beside the fields.
  await add.getByRole("button", { name: "Add quick reply" }).click();
  await expect(add.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(add.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Reply text")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByText("Required").first()).toBeVisible();

  await add.getByLabel("Title").fill(`Towels ${tag}`);
  await add.getByLabel("Reply text").fill(`Fresh towels are on the way. ${tag}`);
  await add.getByRole("button", { name: "Add quick reply" }).click();
  const item = page.getByTestId("quick-reply").filter({ hasText: `Towels ${tag}` });
  await expect(item).toContainText(`Fresh towels are on the way. ${tag}`);
  await expect(add.getByLabel("Title")).toHaveValue("");

  // Edit in place.
  await item.getByRole("button", { name: `Edit Towels ${tag}` }).click();
  const edit = page.getByRole("form", { name: `Edit Towels ${tag}` });
  await edit.getByLabel("Reply text").fill("");
  await edit.getByRole("button", { name: "Save quick reply" }).click();
  await expect(edit.getByLabel("Reply text")).toHaveAttribute("aria-invalid", "true");
  await edit.getByLabel("Reply text").fill(`Fresh towels reach your room within 10 minutes. ${tag}`);
  await edit.getByRole("button", { name: "Save quick reply" }).click();
  await expect(edit).toHaveCount(0);
  await expect(item).toContainText(`Fresh towels reach your room within 10 minutes. ${tag}`);
  await expectNoAxeViolations(page);
  await screenshot(page, "chat-quick-replies");

  // The conversation's picker offers it; inserting puts the text in the reply box, and it sends.
  await page.getByRole("link", { name: "Back to guest chat" }).click();
  await page.getByTestId("conversation-row").filter({ hasText: booking.guest_name }).click();
  const picker = page.getByRole("group", { name: "Quick replies" });
  await picker.getByRole("button", { name: `Towels ${tag}` }).click();
  await expect(page.getByLabel("Reply")).toHaveValue(`Fresh towels reach your room within 10 minutes. ${tag}`);
  await expect(page.getByLabel("Reply")).toBeFocused();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("staff-chat-messages").getByTestId("chat-message").filter({ hasText: `within 10 minutes. ${tag}` })).toHaveAttribute("data-sender", "staff");
  await expect(page.getByLabel("Reply")).toHaveValue("");
  const seenByGuest = await guest.get(chatPath(hotel.slug, "messages"), { headers });
  expect(await seenByGuest.text()).toContain(`Fresh towels reach your room within 10 minutes. ${tag}`);

  // Deleting removes it from the screen and from the picker.
  await picker.getByRole("link", { name: "Manage quick replies" }).click();
  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("quick-reply").filter({ hasText: `Towels ${tag}` }).getByRole("button", { name: `Delete Towels ${tag}` }).click();
  await expect(page.getByTestId("quick-reply").filter({ hasText: `Towels ${tag}` })).toHaveCount(0);
  await page.goto("/console/chat");
  await page.getByTestId("conversation-row").filter({ hasText: booking.guest_name }).click();
  await expect(page.getByRole("group", { name: "Quick replies" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Quick replies" }).getByRole("button", { name: `Towels ${tag}` })).toHaveCount(0);
  await guest.dispose();
});

test("quick replies over HTTP: another hotel's id is 404, KITCHEN is 403, bad input is 400", async ({ seed, baseURL }) => {
  const creds = (role: "ADMIN" | "FRONT_DESK" | "KITCHEN", h = 0) => ({ email: staffOf(seed, role, h).email, password: staffOf(seed, role, h).password });
  const desk = await signedInApi(baseURL!, creds("FRONT_DESK"));
  const deskB = await signedInApi(baseURL!, creds("FRONT_DESK", 1));
  const kitchen = await signedInApi(baseURL!, creds("KITCHEN"));
  const saved = await desk.post("/api/console/chat/quick-replies", { data: { title: "Checkout", body: "Check-out is until 11:00." } });
  expect(saved.status()).toBe(201);
  const id = ((await saved.json()) as { quick_reply: { id: string } }).quick_reply.id;
  const body = { title: "Taken over", body: "Not yours." };

  for (const res of [await deskB.patch(`/api/console/chat/quick-replies/${id}`, { data: body }), await deskB.delete(`/api/console/chat/quick-replies/${id}`)]) {
    expect(res.status()).toBe(404);
    expect(await res.json()).toEqual({ error: "Quick reply not found", code: "NOT_FOUND" });
  }
  for (const res of [
    await kitchen.get("/api/console/chat/quick-replies"),
    await kitchen.post("/api/console/chat/quick-replies", { data: body }),
    await kitchen.patch(`/api/console/chat/quick-replies/${id}`, { data: body }),
    await kitchen.delete(`/api/console/chat/quick-replies/${id}`),
  ]) {
    expect(res.status()).toBe(403);
    expect((await res.json()).code).toBe("FORBIDDEN");
  }
  expect((await kitchen.get("/console/chat/quick-replies")).status()).toBe(403);

  const bad = await desk.patch(`/api/console/chat/quick-replies/${id}`, { data: { title: "x".repeat(61), body: " " } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ code: "VALIDATION_ERROR", fields: { title: ["At most 60 characters"], body: ["Required"] } });
  expect((await desk.patch("/api/console/chat/quick-replies/not-a-uuid", { data: body })).status()).toBe(400);

  // Untouched by all of that; the owner may change it.
  const list = (await (await desk.get("/api/console/chat/quick-replies")).json()) as { quick_replies: { id: string; title: string }[] };
  expect(list.quick_replies.find((r) => r.id === id)?.title).toBe("Checkout");
  const ok = await desk.patch(`/api/console/chat/quick-replies/${id}`, { data: { title: "Check-out", body: "Check-out is until 11:00; ask us for later." } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ quick_reply: { id, title: "Check-out", body: "Check-out is until 11:00; ask us for later.", translations: {} } });
  expect((await desk.delete(`/api/console/chat/quick-replies/${id}`)).status()).toBe(200);
  for (const api of [desk, deskB, kitchen]) await api.dispose();
});
