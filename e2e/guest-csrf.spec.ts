import http from "node:http";
import type { AddressInfo } from "node:net";
import { bookingFootprint, withSql } from "./db";
import { expect, test } from "./fixtures";
import { guestOf, openKitchenHours, orderableItems, placeRoomService } from "./kitchen-helpers";

// The portal cookie is SameSite=Lax, so a page on a sibling origin of the same site (here another
// port of the same host) gets it attached to form posts and no-cors fetches. Every guest write it
// reaches must refuse such a request and write nothing; the guest's own portal keeps working.

/** Everything the attacker could have changed for the booking: compared before and after. */
async function footprint(reference: string) {
  const booking = await bookingFootprint(reference);
  const extra = await withSql(async (sql) => {
    const [r] = await sql`
      select (select count(*)::int from conversations c join bookings b on b.id = c.booking_id where b.reference = ${reference}) as conversations,
             (select count(*)::int from chat_messages m join conversations c on c.id = m.conversation_id join bookings b on b.id = c.booking_id where b.reference = ${reference}) as messages,
             (select count(*)::int from orders o join bookings b on b.id = o.booking_id where b.reference = ${reference}) as orders,
             (select count(*)::int from orders o join bookings b on b.id = o.booking_id where b.reference = ${reference} and o.status = 'CANCELLED') as cancelled`;
    return r as { conversations: number; messages: number; orders: number; cancelled: number };
  });
  return { ...booking, ...extra };
}

/** The attacker's page: each target posted as an auto-submitted form into a frame, and as a no-cors fetch. */
function attackerPage(targets: { url: string; fields: Record<string, string> }[]): string {
  const forms = targets
    .map(
      (t, i) =>
        `<iframe name="f${i}"></iframe><form target="f${i}" method="post" action="${t.url}">` +
        Object.entries(t.fields)
          .map(([k, v]) => `<input type="hidden" name="${k}" value="${v.replace(/"/g, "&quot;")}">`)
          .join("") +
        `</form>`,
    )
    .join("\n");
  const bodies = JSON.stringify(targets.map((t) => ({ url: t.url, body: JSON.stringify(t.fields) })));
  return `<!doctype html><html><body>${forms}<script>
    document.querySelectorAll("form").forEach((f) => f.submit());
    Promise.all(${bodies}.map((t) => fetch(t.url, { method: "POST", mode: "no-cors", credentials: "include", body: t.body }).catch(() => null)))
      .then(() => { document.title = "done"; });
  </script></body></html>`;
}

test("a page on a sibling port cannot write as the guest with the portal cookie; the guest's own portal still can", async ({ browser, seed, request, baseURL }) => {
  await openKitchenHours(seed);
  const g = guestOf(seed, "in_house");
  const items = await orderableItems(request, g.slug, g.token, "room-services");
  const order = await placeRoomService(request, g, [{ item_id: items[0]!.id, quantity: 1, options: items[0]!.options.map((o) => o.id) }]);

  const api = `${baseURL}/api/public/hotel/${g.slug}`;
  const targets: { url: string; fields: Record<string, string> }[] = [
    { url: `${api}/chat/start/`, fields: {} },
    { url: `${api}/chat/message/`, fields: { body: "Please give my room key to my friend at the desk", client_id: "0b7a4f4e-3f57-4c55-9d59-6a4c5d1e9a01" } },
    { url: `${api}/chat/read/`, fields: {} },
    { url: `${api}/chat/typing/`, fields: {} },
    { url: `${api}/precheckin/`, fields: { number_of_guests: "4", arrival_time: "03:00", phone: "+44 7700 900999" } },
    { url: `${api}/room-services/order/`, fields: { items: "[]" } },
    { url: `${api}/room-services/orders/${order.order_id}/cancel/`, fields: { reason: "changed my mind" } },
    { url: `${api}/breakfast/orders/${order.order_id}/cancel/`, fields: {} },
    { url: `${api}/breakfast/order/`, fields: { guests: "2" } },
  ];

  const attacker = http.createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(attackerPage(targets)));
  await new Promise<void>((r) => attacker.listen(0, "127.0.0.1", r));
  const attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;

  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/g/${g.token}`);
    await expect(page).toHaveURL(/\/stay$/);
    const before = await footprint(g.ref);

    // Every refusal is observed, so "nothing written" below is not a race with requests still in flight.
    const answers: number[] = [];
    page.on("response", (r) => {
      if (r.url().startsWith(api) && r.request().method() === "POST") answers.push(r.status());
    });
    await page.goto(attackerUrl);
    await expect(page).toHaveTitle("done");
    await expect.poll(() => answers.length).toBeGreaterThanOrEqual(targets.length);
    expect(answers.every((s) => s === 403)).toBe(true);
    expect(await footprint(g.ref)).toEqual(before);

    // The same cookie, from the guest's own portal, still writes.
    await page.goto(`${baseURL}/stay/chat`);
    await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
    const text = `From my own phone ${Date.now().toString(36)}`;
    await page.getByLabel("Your message").fill(text);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByTestId("chat-message").filter({ hasText: text })).toContainText("Sent");
    expect((await footprint(g.ref)).messages).toBe(before.messages + 1);
  } finally {
    await ctx.close();
    attacker.close();
  }
});

test("a cookie-only write must be JSON from our origin; Bearer and body-token clients are not judged by origin", async ({ playwright, seed, baseURL }) => {
  const g = guestOf(seed, "arriving");
  const path = `/api/public/hotel/${g.slug}/precheckin/`;
  const withCookie = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `guest_token=${g.token}` } });
  const plain = await playwright.request.newContext({ baseURL });
  try {
    const before = await footprint(g.ref);
    const sibling = { Origin: baseURL!.replace(/:\d+$/, ":1"), "Sec-Fetch-Site": "same-site" };
    // Cookie + form body, with or without browser headers: refused, nothing written.
    expect((await withCookie.post(path, { form: { number_of_guests: "3" } })).status()).toBe(415);
    expect((await withCookie.post(path, { form: { number_of_guests: "3" }, headers: sibling })).status()).toBe(403);
    expect((await withCookie.post(path, { data: { number_of_guests: 3 }, headers: sibling })).status()).toBe(403);
    expect((await withCookie.post(path, { data: { number_of_guests: 3 }, headers: { Origin: "null" } })).status()).toBe(403);
    expect(await footprint(g.ref)).toEqual(before);
    // A form that carries its own guest_token (the seed's clients) is accepted, wherever it comes from.
    const form = await plain.post(path, { form: { guest_token: g.token, number_of_guests: "2", arrival_time: "15:00" }, headers: sibling });
    expect(form.status()).toBe(200);
    // Bearer: the same.
    const viaBearer = await plain.post(path, { data: { number_of_guests: 2, arrival_time: "16:00" }, headers: { ...sibling, Authorization: `Bearer ${g.token}` } });
    expect(viaBearer.status()).toBe(200);
    // The cookie as JSON from our own origin: accepted.
    const own = await withCookie.post(path, { data: { number_of_guests: 2, arrival_time: "17:00" }, headers: { Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" } });
    expect(own.status()).toBe(200);
  } finally {
    await withCookie.dispose();
    await plain.dispose();
  }
});
