import type { APIRequestContext } from "@playwright/test";
import { withSql } from "./db";
import { bookingOf, expect, issueLink, linkOf, revokeLink, staffOf, test } from "./fixtures";
import { signedInApi } from "./staff-helpers";

// Guest chat over real HTTP: the security matrix for every guest endpoint, bad input, the staff
// role × hotel matrix. Each test writes from its own booking, so the per-booking flood limit of
// one test never touches another.

const path = (slug: string, p: string) => `/api/public/hotel/${slug}/chat/${p}/`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function messageCount(reference: string): Promise<number> {
  return withSql(async (sql) => {
    const [r] = await sql`select count(*)::int as n from chat_messages m join conversations c on c.id = m.conversation_id join bookings b on b.id = c.booking_id where b.reference = ${reference}`;
    return r?.n as number;
  });
}

type Call = { name: string; run: (api: APIRequestContext, slug: string, headers: Record<string, string>) => Promise<{ status: () => number; json: () => Promise<unknown> }> };
const calls: Call[] = [
  { name: "start", run: (api, slug, headers) => api.post(path(slug, "start"), { headers }) },
  { name: "message", run: (api, slug, headers) => api.post(path(slug, "message"), { headers, data: { message: "hello" } }) },
  { name: "messages", run: (api, slug, headers) => api.get(path(slug, "messages"), { headers }) },
  { name: "read", run: (api, slug, headers) => api.post(path(slug, "read"), { headers, data: { up_to_message_id: 1 } }) },
  { name: "typing", run: (api, slug, headers) => api.post(path(slug, "typing"), { headers }) },
];

test.describe("guest chat security matrix", () => {
  test("no token, bad tokens, other hotel, revoked: refused on every endpoint, nothing written", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "in_house");
    const revoked = await issueLink(booking.reference);
    await revokeLink(revoked.link_id);
    const other = linkOf(seed, bookingOf(seed, "in_house", 1).booking.reference);
    const before = await messageCount(booking.reference);
    for (const c of calls) {
      const none = await c.run(request, hotel.slug, {});
      expect(none.status(), `${c.name} no token`).toBe(401);
      expect(await none.json()).toEqual({ error: "Guest token required", code: "TOKEN_REQUIRED" });
      for (const [label, token] of [["unknown", "A".repeat(43)], ["revoked", revoked.token], ["other hotel's token", other.token]] as const) {
        const res = await c.run(request, hotel.slug, bearer(token));
        expect(res.status(), `${c.name} ${label}`).toBe(403);
        expect(await res.json()).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
      }
      // A valid token on another hotel's path.
      const wrongPath = await c.run(request, seed.hotels[1]!.slug, bearer(linkOf(seed, booking.reference).token));
      expect(wrongPath.status(), `${c.name} other hotel path`).toBe(403);
    }
    expect(await messageCount(booking.reference)).toBe(before);
  });

  test("a STATUS-only link and a link with can_chat off get 403 Chat access disabled", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "in_house");
    const status = linkOf(seed, booking.reference, "STATUS");
    const noChat = await issueLink(booking.reference, { canChat: false });
    for (const c of calls) {
      for (const token of [status.token, noChat.token]) {
        const res = await c.run(request, hotel.slug, bearer(token));
        expect(res.status(), c.name).toBe(403);
        expect(await res.json()).toEqual({ error: "Chat access disabled", code: "MISSING_SCOPE" });
      }
    }
  });

  test("start gives the seed's fields, the same conversation every time, and no token fragment", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "in_house");
    const token = linkOf(seed, booking.reference).token;
    const a = await request.post(path(hotel.slug, "start"), { headers: bearer(token) });
    expect(a.status()).toBe(200);
    const body = (await a.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ pusher_channel: `private-guest-chat.${booking.reference}`, staff_online: expect.any(Number) });
    expect(body).not.toHaveProperty("guest_token");
    // The token in the body field and in the cookie work the same way.
    const b = await request.post(path(hotel.slug, "start"), { data: { guest_token: token } });
    expect(((await b.json()) as { conversation_id: string }).conversation_id).toBe(body.conversation_id);
  });

  test("one booking never reads another's conversation", async ({ request, seed }) => {
    const a = bookingOf(seed, "in_house").booking;
    const b = bookingOf(seed, "arriving").booking;
    const slug = seed.hotels[0]!.slug;
    const tokenA = linkOf(seed, a.reference).token;
    const tokenB = linkOf(seed, b.reference).token;
    await request.post(path(slug, "start"), { headers: bearer(tokenA) });
    const secret = `for A only ${Date.now()}`;
    expect((await request.post(path(slug, "message"), { headers: bearer(tokenA), data: { message: secret } })).status()).toBe(200);
    await request.post(path(slug, "start"), { headers: bearer(tokenB) });
    const seenByB = await request.get(path(slug, "messages"), { headers: bearer(tokenB) });
    expect(seenByB.status()).toBe(200);
    expect(await seenByB.text()).not.toContain(secret);
    const seenByA = await request.get(path(slug, "messages"), { headers: bearer(tokenA) });
    expect(await seenByA.text()).toContain(secret);
  });

  test("after check-out the conversation is readable and sending is refused", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "departed");
    const token = linkOf(seed, booking.reference).token;
    const read = await request.get(path(hotel.slug, "messages"), { headers: bearer(token) });
    expect(read.status()).toBe(200);
    expect(await read.json()).toMatchObject({ can_send: false });
    const send = await request.post(path(hotel.slug, "message"), { headers: bearer(token), data: { message: "still here?" } });
    expect(send.status()).toBe(403);
    expect(await send.json()).toMatchObject({ code: "CHAT_CLOSED" });
    const typing = await request.post(path(hotel.slug, "typing"), { headers: bearer(token) });
    expect(typing.status()).toBe(403);
    expect(await typing.json()).toMatchObject({ code: "CHAT_CLOSED" });
    // Still readable: start and read marks answer.
    expect((await request.post(path(hotel.slug, "start"), { headers: bearer(token) })).status()).toBe(200);
    expect((await request.post(path(hotel.slug, "read"), { headers: bearer(token), data: { up_to_message_id: 1 } })).status()).toBe(200);
    expect(await messageCount(booking.reference)).toBe(0);
  });
});

test.describe("guest chat input", () => {
  test("empty, whitespace, not a string, too long, duplicate client_id", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "arriving");
    const headers = bearer(linkOf(seed, booking.reference).token);
    await request.post(path(hotel.slug, "start"), { headers });
    const before = await messageCount(booking.reference);
    for (const [data, error] of [
      [{ message: "" }, "Message cannot be empty"],
      [{ message: "   \n\t  " }, "Message cannot be empty"],
      [{}, "Message cannot be empty"],
      [{ message: 42 }, "Message must be text"],
      [{ message: ["a"] }, "Message must be text"],
      [{ message: "x".repeat(2001) }, "Message is too long (at most 2000 characters)"],
      [{ message: "ok", client_id: { a: 1 } }, "Invalid client_id"],
    ] as const) {
      const res = await request.post(path(hotel.slug, "message"), { headers, data });
      expect(res.status(), JSON.stringify(data).slice(0, 40)).toBe(400);
      expect(await res.json()).toMatchObject({ error, code: "VALIDATION_ERROR" });
    }
    expect(await messageCount(booking.reference)).toBe(before);

    const exact = await request.post(path(hotel.slug, "message"), { headers, data: { message: ` ${"x".repeat(2000)} ` } });
    expect(exact.status()).toBe(200);
    const clientId = `c-${Date.now()}`;
    const first = (await (await request.post(path(hotel.slug, "message"), { headers, data: { message: "Towels please", client_id: clientId } })).json()) as { message_id: number };
    const again = (await (await request.post(path(hotel.slug, "message"), { headers, data: { message: "Towels please", client_id: clientId } })).json()) as { message_id: number };
    expect(again.message_id).toBe(first.message_id);
    expect(await messageCount(booking.reference)).toBe(before + 2);

    const bad = await request.get(`${path(hotel.slug, "messages")}?limit=abc`, { headers });
    expect(bad.status()).toBe(400);
    const badRead = await request.post(path(hotel.slug, "read"), { headers, data: { up_to_message_id: "x" } });
    expect(badRead.status()).toBe(400);
  });

  test("a flood from one booking gets 429 with Retry-After", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const headers = bearer(linkOf(seed, booking.reference).token);
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 25; i++) {
      const res = await request.post(path(hotel.slug, "message"), { headers, data: { message: `flood ${i}` } });
      statuses.push(res.status());
      if (res.status() === 429) {
        retryAfter = res.headers()["retry-after"];
        expect(await res.json()).toMatchObject({ code: "RATE_LIMITED" });
      }
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(await messageCount(booking.reference)).toBe(20);
  });
});

test.describe("staff chat API", () => {
  test("ADMIN and FRONT_DESK only; another hotel's conversation is 404", async ({ seed, baseURL }) => {
    const url = baseURL!;
    const { booking, hotel } = bookingOf(seed, "in_house");
    const guest = await signedInApi(url);
    const start = (await (await guest.post(path(hotel.slug, "start"), { headers: bearer(linkOf(seed, booking.reference).token) })).json()) as { conversation_id: string };
    const id = start.conversation_id;
    const creds = (role: "ADMIN" | "FRONT_DESK" | "KITCHEN", h = 0) => ({ email: staffOf(seed, role, h).email, password: staffOf(seed, role, h).password });
    const admin = await signedInApi(url, creds("ADMIN"));
    const desk = await signedInApi(url, creds("FRONT_DESK"));
    const kitchen = await signedInApi(url, creds("KITCHEN"));
    const deskB = await signedInApi(url, creds("FRONT_DESK", 1));
    const anon = await signedInApi(url);
    const routes: { name: string; run: (api: APIRequestContext) => Promise<{ status: () => number }> }[] = [
      { name: "list", run: (api) => api.get("/api/console/conversations") },
      { name: "get", run: (api) => api.get(`/api/console/conversations/${id}`) },
      { name: "reply", run: (api) => api.post(`/api/console/conversations/${id}/messages`, { data: { message: "Hello from the desk" } }) },
      { name: "read", run: (api) => api.post(`/api/console/conversations/${id}/read`, { data: {} }) },
      { name: "resolve", run: (api) => api.post(`/api/console/conversations/${id}/resolve`) },
      { name: "reopen", run: (api) => api.post(`/api/console/conversations/${id}/reopen`) },
      { name: "assign", run: (api) => api.post(`/api/console/conversations/${id}/assign`, { data: { staff_id: null } }) },
      { name: "typing", run: (api) => api.post(`/api/console/conversations/${id}/typing`) },
    ];
    for (const r of routes) {
      expect((await r.run(anon)).status(), `${r.name} anon`).toBe(401);
      expect((await r.run(kitchen)).status(), `${r.name} kitchen`).toBe(403);
      expect((await r.run(admin)).status(), `${r.name} admin`).toBe(200);
      expect((await r.run(desk)).status(), `${r.name} desk`).toBe(200);
      expect((await r.run(deskB)).status(), `${r.name} other hotel`).toBe(r.name === "list" ? 200 : 404);
    }
    const listB = (await (await deskB.get("/api/console/conversations")).json()) as { conversations: { id: string }[] };
    expect(listB.conversations.map((c) => c.id)).not.toContain(id);
    expect((await desk.get("/api/console/conversations/not-a-uuid")).status()).toBe(400);
    expect((await desk.get("/api/console/conversations?filter=bogus")).status()).toBe(400);
    const empty = await desk.post(`/api/console/conversations/${id}/messages`, { data: { message: "  " } });
    expect(empty.status()).toBe(400);
    expect(await empty.json()).toMatchObject({ error: "Message cannot be empty" });
    // Quick replies: desk roles only; another hotel's reply is not found.
    const saved = await desk.post("/api/console/chat/quick-replies", { data: { title: "Wi-Fi", body: "The password is on your key card." } });
    expect(saved.status()).toBe(201);
    const replyId = ((await saved.json()) as { quick_reply: { id: string } }).quick_reply.id;
    expect((await kitchen.get("/api/console/chat/quick-replies")).status()).toBe(403);
    expect((await deskB.delete(`/api/console/chat/quick-replies/${replyId}`)).status()).toBe(404);
    expect((await desk.post("/api/console/chat/quick-replies", { data: { title: "", body: "x" } })).status()).toBe(400);
    const detail = (await (await desk.get(`/api/console/conversations/${id}`)).json()) as { quick_replies: { id: string }[] };
    expect(detail.quick_replies.map((r) => r.id)).toContain(replyId);
    expect((await admin.delete(`/api/console/chat/quick-replies/${replyId}`)).status()).toBe(200);
    const assignStranger = await desk.post(`/api/console/conversations/${id}/assign`, { data: { staff_id: crypto.randomUUID() } });
    expect(assignStranger.status()).toBe(400);
  });
});
