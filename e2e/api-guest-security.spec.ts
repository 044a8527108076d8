import { bookingOf, expect, issueLink, linkOf, revokeLink, test } from "./fixtures";
import { bookingFootprint, withSql } from "./db";

// The security matrix for the guest booking and pre-check-in endpoints, over real HTTP.
const valid = { arrival_time: "15:30", adults: 2, children: 0, phone: "+351 912 000 000", special_requests: "Late arrival" };

test.describe("guest API security matrix", () => {
  test("no token → 401 TOKEN_REQUIRED on both endpoints, nothing written", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const before = await bookingFootprint(booking.reference);
    const get = await request.get(`/api/public/hotel/${hotel.slug}/booking/`);
    expect(get.status()).toBe(401);
    expect(await get.json()).toEqual({ error: "Guest token required", code: "TOKEN_REQUIRED" });
    const post = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { data: valid });
    expect(post.status()).toBe(401);
    expect(await post.json()).toEqual({ error: "Guest token required", code: "TOKEN_REQUIRED" });
    expect(await bookingFootprint(booking.reference)).toEqual(before);
  });

  test("unknown, expired, revoked, cancelled and other-hotel tokens → the same 403", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const expired = await issueLink(booking.reference);
    await withSql((sql) => sql`update guest_booking_tokens set expires_at = now() - interval '1 minute' where id = ${expired.link_id}`);
    const revoked = await issueLink(booking.reference);
    await revokeLink(revoked.link_id);
    const cancelled = linkOf(seed, bookingOf(seed, "cancelled").booking.reference);
    const otherHotel = linkOf(seed, bookingOf(seed, "in_house", 1).booking.reference);
    const cases = {
      unknown: "A".repeat(43),
      malformed: "not-a-token",
      expired: expired.token,
      revoked: revoked.token,
      cancelled: cancelled.token,
      otherHotel: otherHotel.token,
    };
    const before = await bookingFootprint(booking.reference);
    for (const [name, token] of Object.entries(cases)) {
      const headers = { Authorization: `Bearer ${token}` };
      const get = await request.get(`/api/public/hotel/${hotel.slug}/booking/`, { headers });
      expect(get.status(), name).toBe(403);
      const body = await get.text();
      expect(JSON.parse(body), name).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
      // Nothing about the other hotel or booking leaks into the answer.
      expect(body).not.toContain(seed.hotels[1]!.name);
      const post = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { headers, data: valid });
      expect(post.status(), name).toBe(403);
      expect(await post.json(), name).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
      // The body field carries the token the same way.
      const viaBody = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { data: { ...valid, guest_token: token } });
      expect(viaBody.status(), name).toBe(403);
      // Service requests and the guide refuse the same way, with the same answer.
      for (const path of ["requests/", "requests/types/", "guide/"]) {
        const res = await request.get(`/api/public/hotel/${hotel.slug}/${path}`, { headers });
        expect(res.status(), `${name} ${path}`).toBe(403);
        expect(await res.json(), `${name} ${path}`).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
      }
      const ask = await request.post(`/api/public/hotel/${hotel.slug}/requests/`, { headers, data: { type_id: crypto.randomUUID(), note: "towels please" } });
      expect(ask.status(), `${name} POST requests/`).toBe(403);
    }
    expect(await bookingFootprint(booking.reference)).toEqual(before);
  });

  test("a valid token used on another hotel's path is refused like an unknown one", async ({ request, seed }) => {
    const { booking } = bookingOf(seed, "in_house");
    const token = linkOf(seed, booking.reference).token;
    const res = await request.get(`/api/public/hotel/${seed.hotels[1]!.slug}/booking/`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status()).toBe(403);
    expect(await res.json()).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
    const nowhere = await request.get(`/api/public/hotel/no-such-hotel/booking/`, { headers: { Authorization: `Bearer ${token}` } });
    expect(nowhere.status()).toBe(403);
    expect(await nowhere.json()).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
  });

  test("each token only ever reaches its own booking", async ({ request, seed }) => {
    const a = bookingOf(seed, "in_house").booking;
    const b = bookingOf(seed, "upcoming").booking;
    const res = await request.get(`/api/public/hotel/${seed.hotels[0]!.slug}/booking/`, { headers: { Authorization: `Bearer ${linkOf(seed, a.reference).token}` } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.booking.booking_id).toBe(a.reference);
    expect(JSON.stringify(body)).not.toContain(b.reference);
    expect(JSON.stringify(body)).not.toContain(linkOf(seed, a.reference).token);
  });

  test("missing scope → 403 MISSING_SCOPE with the seed's wording, nothing written", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const statusOnly = await issueLink(booking.reference, { purpose: "STATUS" });
    const before = await bookingFootprint(booking.reference);
    const res = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { headers: { Authorization: `Bearer ${statusOnly.token}` }, data: valid });
    expect(res.status()).toBe(403);
    expect(await res.json()).toEqual({ error: "Pre-check-in access disabled", code: "MISSING_SCOPE" });
    expect(await bookingFootprint(booking.reference)).toEqual(before);
    // The status endpoint is within a STATUS link's scope.
    const get = await request.get(`/api/public/hotel/${hotel.slug}/booking/`, { headers: { Authorization: `Bearer ${statusOnly.token}` } });
    expect(get.status()).toBe(200);
    expect((await get.json()).access.scopes).toEqual(["view"]);
  });

  test("malformed JSON, wrong types, unknown media type and oversized bodies → 4xx, nothing written", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "upcoming");
    const token = (await issueLink(booking.reference, { purpose: "PRECHECKIN" })).token;
    const url = `/api/public/hotel/${hotel.slug}/precheckin/`;
    const auth = { Authorization: `Bearer ${token}` };
    const before = await bookingFootprint(booking.reference);

    const malformed = await request.post(url, { headers: { ...auth, "Content-Type": "application/json" }, data: Buffer.from("{bad json") });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toEqual({ error: "Malformed JSON body", code: "INVALID_JSON" });

    const notObject = await request.post(url, { headers: { ...auth, "Content-Type": "application/json" }, data: Buffer.from("[1,2]") });
    expect(notObject.status()).toBe(400);
    expect((await notObject.json()).code).toBe("VALIDATION_ERROR");

    const wrongTypes = await request.post(url, { headers: auth, data: { arrival_time: 1530, adults: "many", children: -1, special_requests: { a: 1 } } });
    expect(wrongTypes.status()).toBe(400);
    const wt = await wrongTypes.json();
    expect(wt.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(wt.fields).sort()).toEqual(["adults", "arrival_time", "children", "special_requests"]);

    const badTime = await request.post(url, { headers: auth, data: { ...valid, arrival_time: "25:99" } });
    expect(badTime.status()).toBe(400);
    expect((await badTime.json()).fields.arrival_time).toBeTruthy();

    const plain = await request.post(url, { headers: { ...auth, "Content-Type": "text/plain" }, data: "arrival_time=15:00" });
    expect(plain.status()).toBe(415);
    expect((await plain.json()).code).toBe("UNSUPPORTED_MEDIA_TYPE");

    const oddTypes = await request.post(url, { headers: auth, data: { arrival_time: "15:00", adults: true, children: [3] } });
    expect(oddTypes.status()).toBe(400);
    expect(Object.keys((await oddTypes.json()).fields).sort()).toEqual(["adults", "children"]);
    const notation = await request.post(url, { headers: auth, data: { arrival_time: "15:00", adults: "1e1", children: "0x3" } });
    expect(notation.status()).toBe(400);

    for (const bad of ["a\\u0000b", "\\ud800", "bell\\u0007"]) {
      const res = await request.post(url, { headers: { ...auth, "Content-Type": "application/json" }, data: Buffer.from(`{"arrival_time":"14:30","adults":2,"special_requests":"${bad}"}`) });
      expect(res.status(), bad).toBe(400);
      expect((await res.json()).fields.special_requests, bad).toBeTruthy();
    }

    const huge = await request.post(url, { headers: auth, data: { ...valid, special_requests: "x".repeat(100_000) } });
    expect(huge.status()).toBe(413);
    expect(await huge.json()).toEqual({ error: "Request body too large", code: "PAYLOAD_TOO_LARGE" });

    expect(await bookingFootprint(booking.reference)).toEqual(before);
  });

  test("the token may come as a form-encoded guest_token field, as the seed's clients send it", async ({ request, seed }) => {
    const { booking, hotel } = bookingOf(seed, "arriving");
    const token = (await issueLink(booking.reference, { purpose: "PRECHECKIN" })).token;
    const res = await request.post(`/api/public/hotel/${hotel.slug}/precheckin/`, { form: { guest_token: token, arrival_time: "20:00", adults: "3" } });
    expect(res.status()).toBe(200);
    expect((await res.json()).booking.precheckin).toMatchObject({ arrival_time: "20:00", adults: 3, children: 0 });
  });

  test("pre-check-in is saved for an upcoming stay and refused once the guest is in house", async ({ request, seed }) => {
    const upcoming = bookingOf(seed, "arriving");
    const res = await request.post(`/api/public/hotel/${upcoming.hotel.slug}/precheckin/`, {
      headers: { Authorization: `Bearer ${linkOf(seed, upcoming.booking.reference).token}` },
      data: valid,
    });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.success).toBe(true);
    expect(body.booking.precheckin).toEqual({ arrival_time: "15:30", adults: 2, children: 0, phone: "+351 912 000 000", special_requests: "Late arrival" });
    const after = await bookingFootprint(upcoming.booking.reference);
    expect(after.submittedAt).not.toBeNull();

    const inHouse = bookingOf(seed, "in_house");
    const before = await bookingFootprint(inHouse.booking.reference);
    const refused = await request.post(`/api/public/hotel/${inHouse.hotel.slug}/precheckin/`, {
      data: { ...valid, guest_token: linkOf(seed, inHouse.booking.reference).token },
    });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).code).toBe("NOT_AVAILABLE");
    expect(await bookingFootprint(inHouse.booking.reference)).toEqual(before);
  });
});
