import { bookingOf, expect, issueLink, linkOf, revokeLink, test } from "./fixtures";

// The smaller realtime endpoints: user authentication (pusher:signin) and the serverless sweep.
test("user-auth signs a valid guest in and refuses everything else", async ({ request, seed }) => {
  const { booking } = bookingOf(seed, "in_house");
  const token = linkOf(seed, booking.reference).token;
  const ok = await request.post("/api/public/pusher/user-auth/", { headers: { Authorization: `Bearer ${token}` }, form: { socket_id: "12.34" } });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(JSON.parse(body.user_data).id).toBe(`guest-${booking.reference}`);
  expect(body.auth).toMatch(/^[0-9a-f]+:[0-9a-f]{64}$/);

  const none = await request.post("/api/public/pusher/user-auth/", { form: { socket_id: "12.34" } });
  expect(none.status()).toBe(401);
  expect((await none.json()).code).toBe("TOKEN_REQUIRED");
  for (const socket_id of ["", "12", "a.b"]) {
    const bad = await request.post("/api/public/pusher/user-auth/", { headers: { Authorization: `Bearer ${token}` }, form: { socket_id } });
    expect(bad.status(), socket_id).toBe(400);
    expect((await bad.json()).code).toBe("VALIDATION_ERROR");
  }
  const revoked = await issueLink(booking.reference);
  await revokeLink(revoked.link_id);
  const refused = await request.post("/api/public/pusher/user-auth/", { headers: { Authorization: `Bearer ${revoked.token}` }, form: { socket_id: "12.34" } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "Invalid token", code: "INVALID_TOKEN" });
});

test("the outbox sweep answers only with the cron secret", async ({ request }) => {
  const anon = await request.post("/api/internal/outbox/sweep/");
  expect(anon.status()).toBe(401);
  const wrong = await request.post("/api/internal/outbox/sweep/", { headers: { Authorization: "Bearer not-the-secret-at-all" } });
  expect(wrong.status()).toBe(401);
  expect((await wrong.json()).code).toBe("UNAUTHENTICATED");
  const ok = await request.post("/api/internal/outbox/sweep/", { headers: { Authorization: "Bearer e2e-cron-secret-0123456789" } });
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { delivered: unknown; purged: unknown };
  expect(typeof body.delivered).toBe("number");
  expect(typeof body.purged).toBe("number"); // serverless hosts have no other purge
});
