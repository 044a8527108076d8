import type { APIResponse } from "@playwright/test";
import { bookingOf, expect, issueLink, linkOf, staffOf, test } from "./fixtures";
import { baseURL } from "./realtime-helpers";
import { signedInApi, signInUi } from "./staff-helpers";

const USER_AUTH = "/api/public/pusher/user-auth/";
const AUTH_PATHS = ["/api/notifications/pusher/auth/", "/api/public/pusher/auth/"];

test("signed guest permissions are the link's effective ones, at both endpoints", async ({ request, seed }) => {
  const inHouse = bookingOf(seed, "in_house").booking.reference;
  const departed = bookingOf(seed, "departed").booking.reference;
  const cases = [
    { label: "full link, in house", ref: inHouse, token: linkOf(seed, inHouse).token, want: { can_chat: true, can_order_services: true } },
    // Stored with both flags on; the STATUS purpose grants neither.
    { label: "STATUS link", ref: inHouse, token: linkOf(seed, inHouse, "STATUS").token, want: { can_chat: false, can_order_services: false } },
    { label: "chat switched off", ref: inHouse, token: linkOf(seed, inHouse, "ROOM_SERVICES").token, want: { can_chat: false, can_order_services: true } },
    { label: "full link, checked out", ref: departed, token: linkOf(seed, departed).token, want: { can_chat: false, can_order_services: false } },
  ];
  for (const c of cases) {
    const headers = { Authorization: `Bearer ${c.token}` };
    const user = await request.post(USER_AUTH, { headers, form: { socket_id: "12.34" } });
    expect(user.status(), c.label).toBe(200);
    const userData = JSON.parse((await user.json()).user_data);
    expect(userData.id, c.label).toBe(`guest-${c.ref}`);
    expect(userData.user_info.permissions, c.label).toEqual(c.want);
    for (const path of AUTH_PATHS) {
      const ch = await request.post(path, { headers, form: { socket_id: "12.34", channel_name: `private-guest-booking.${c.ref}` } });
      expect(ch.status(), `${c.label} ${path}`).toBe(200);
      expect(JSON.parse((await ch.json()).channel_data).user_info.permissions, `${c.label} ${path}`).toEqual(c.want);
    }
  }
});

test("the auth endpoints sign in the identity the page asks for", async ({ seed }) => {
  const desk = staffOf(seed, "FRONT_DESK");
  const ref = bookingOf(seed, "in_house").booking.reference;
  const guestToken = linkOf(seed, ref).token;
  const staffApi = await signedInApi(baseURL, desk);
  const anonymous = await signedInApi(baseURL);
  const headers = { Authorization: `Bearer ${guestToken}` };
  const idOf = async (res: APIResponse) => {
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { user_data: string };
    return (JSON.parse(body.user_data) as { id: string }).id;
  };
  // A browser holding both a staff session and a guest token.
  expect(await idOf(await staffApi.post(USER_AUTH, { headers, form: { socket_id: "12.34", identity: "staff" } }))).toMatch(/^staff-/);
  expect(await idOf(await staffApi.post(USER_AUTH, { headers, form: { socket_id: "12.34", identity: "guest" } }))).toBe(`guest-${ref}`);
  // The seed's clients send no identity: the guest token comes first, as before.
  expect(await idOf(await staffApi.post(USER_AUTH, { headers, form: { socket_id: "12.34" } }))).toBe(`guest-${ref}`);
  // Asking for staff never falls back on the guest token, nor the other way round.
  const noSession = await anonymous.post(USER_AUTH, { headers, form: { socket_id: "12.34", identity: "staff" } });
  expect(noSession.status()).toBe(401);
  expect((await noSession.json()).code).toBe("UNAUTHENTICATED");
  const noToken = await staffApi.post(USER_AUTH, { form: { socket_id: "12.34", identity: "guest" } });
  expect(noToken.status()).toBe(401);
  expect((await noToken.json()).code).toBe("TOKEN_REQUIRED");
  const staffOnGuestChannel = await staffApi.post(AUTH_PATHS[0]!, { headers, form: { socket_id: "12.34", channel_name: `private-guest-booking.${ref}`, identity: "staff" } });
  expect(staffOnGuestChannel.status()).toBe(403);
  for (const identity of ["", "admin", "STAFF"]) {
    const bad = await staffApi.post(USER_AUTH, { headers, form: { socket_id: "12.34", identity } });
    expect(bad.status(), identity).toBe(400);
    expect((await bad.json()).code, identity).toBe("VALIDATION_ERROR");
  }
  await staffApi.dispose();
  await anonymous.dispose();
});

test("a staff browser that also holds a guest cookie signs in as staff on the console", async ({ page, seed }) => {
  const desk = staffOf(seed, "FRONT_DESK");
  const ref = bookingOf(seed, "in_house").booking.reference;
  // The same browser opened a guest link first (e.g. to check what a guest sees).
  await page.goto((await issueLink(ref, { label: "Desk check" })).url);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  const signins: string[] = [];
  page.on("response", async (res) => {
    if (!res.url().includes("/pusher/user-auth/") || !page.url().includes("/console")) return;
    const body = (await res.json().catch(() => ({}))) as { user_data?: string };
    signins.push(body.user_data ? String(JSON.parse(body.user_data).id) : `status ${res.status()}`);
  });
  await signInUi(page, desk.email, desk.password);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  await expect.poll(() => signins.length).toBeGreaterThan(0);
  expect(signins.every((id) => id.startsWith("staff-")), signins.join(", ")).toBe(true);
  await expect(page.getByTestId("staff-online")).toBeVisible();
});
