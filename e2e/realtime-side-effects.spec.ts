import type PusherJS from "pusher-js";
import { withSql } from "./db";
import { expect, issueLink, staffOf, test } from "./fixtures";
import { appClient, connected, subscribed, waitFor } from "./realtime-helpers";
import { signedInApi } from "./staff-helpers";

// Taking access away also ends live connections (lib/realtime/side-effects.ts), over the real app:
// pusher-js signed in through the app's endpoints, the change made through the console API.

const disconnected = (client: PusherJS) =>
  waitFor<string>((done) => client.connection.bind("state_change", (s: { current: string }) => s.current === "disconnected" && done(s.current)), "disconnected by the server");

test.describe("live connections end when access ends", () => {
  const clients: PusherJS[] = [];
  test.afterEach(() => {
    for (const c of clients.splice(0)) c.disconnect();
  });
  const track = (c: PusherJS) => (clients.push(c), c);

  test("check-out ends the guest's connection; back again, the booking channel is allowed and chat is refused", async ({ seed, baseURL }) => {
    const desk = staffOf(seed, "FRONT_DESK");
    const api = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
    const today = new Date().toISOString().slice(0, 10);
    const out = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const created = await api.post("/api/console/bookings", { data: { guestName: "Leaving Soon", adults: 1, children: 0, checkInDate: today, checkOutDate: out, idempotencyKey: crypto.randomUUID() } });
    expect(created.status()).toBe(201);
    const reference = ((await created.json()) as { booking: { reference: string } }).booking.reference;
    await withSql((sql) => sql`update bookings set checked_in_at = now() where reference = ${reference}`); // in house (room choice is not the point here)
    const link = await issueLink(reference);

    const guest = track(appClient({ bearer: link.token }));
    await connected(guest);
    guest.signin();
    expect(await subscribed(guest, `private-guest-chat.${reference}`)).toBe("ok");
    expect(await subscribed(guest, `private-guest-booking.${reference}`)).toBe("ok");
    const ended = disconnected(guest);
    const checkedOut = await api.post(`/api/console/bookings/${reference}/check-out`);
    expect(checkedOut.status()).toBe(200);
    expect(await ended).toBe("disconnected");

    const again = track(appClient({ bearer: link.token }));
    await connected(again);
    expect(await subscribed(again, `private-guest-booking.${reference}`)).toBe("ok");
    expect(await subscribed(again, `private-guest-chat.${reference}`)).toContain("auth 403");
    await api.dispose();
  });

  test("deactivating a staff member ends their connection at once", async ({ seed, baseURL }) => {
    const admin = staffOf(seed, "ADMIN");
    const adminApi = await signedInApi(baseURL!, { email: admin.email, password: admin.password });
    const email = `leaver-${Date.now().toString(36)}@example.com`;
    const password = "a-long-enough-password";
    const added = await adminApi.post("/api/console/staff", { data: { email, name: "Leaving Staff", role: "FRONT_DESK", password } });
    // Adding staff is an invitation: the new person signs in and accepts it.
    expect(added.status()).toBe(202);
    const leaverApi = await signedInApi(baseURL!, { email, password });
    const { invitations } = (await (await leaverApi.get("/api/console/invitations")).json()) as { invitations: { id: string }[] };
    expect((await leaverApi.post(`/api/console/invitations/${invitations[0]!.id}/accept`, { headers: { Origin: baseURL! } })).status()).toBe(200);
    const list = (await (await adminApi.get("/api/console/staff")).json()) as { staff: { id: string; email: string }[] };
    const id = list.staff.find((s) => s.email === email)!.id;
    const cookie = (await leaverApi.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const hotelSlug = seed.hotels[0]!.slug;
    const leaver = track(appClient({ cookie }));
    await connected(leaver);
    leaver.signin();
    expect(await subscribed(leaver, `private-${hotelSlug}.staff-bookings`)).toBe("ok");
    const ended = disconnected(leaver);
    expect((await adminApi.delete(`/api/console/staff/${id}`)).status()).toBe(200);
    expect(await ended).toBe("disconnected");

    const again = track(appClient({ cookie }));
    await connected(again);
    expect(await subscribed(again, `private-${hotelSlug}.staff-bookings`)).toMatch(/auth 40[13]/);
    await leaverApi.dispose();
    await adminApi.dispose();
  });
});
