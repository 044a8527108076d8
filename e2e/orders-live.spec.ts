import type PusherJS from "pusher-js";
import { randomBytes } from "node:crypto";
import { expect, seedIsolated, test, type SeedDocument } from "./fixtures";
import { bearer, inHouse, openRoomServiceNow, orderPath, ordersPath, simpleItems } from "./orders-helpers";
import { appClient, connected, subscribed, waitFor } from "./realtime-helpers";
import { signedInApi } from "./staff-helpers";

// Live order events through the outbox, received by the official pusher-js client signed in as
// the guest (private-room-service.{ref}) and as staff (private-{hotel}.staff-orders).

test.describe.configure({ mode: "serial", timeout: 120_000 });

let seed: SeedDocument;
const clients: PusherJS[] = [];
const track = (c: PusherJS) => (clients.push(c), c);

test.beforeAll(async ({ baseURL }) => {
  seed = await seedIsolated(`ol${randomBytes(3).toString("hex")}`);
  const admin = await signedInApi(baseURL!, seed.staff.find((s) => s.role === "ADMIN" && s.hotel_slug === seed.hotels[0]!.slug)!);
  await openRoomServiceNow(admin, seed.hotels[0]!.timezone, baseURL!);
  await admin.dispose();
});

test.afterAll(() => {
  for (const c of clients.splice(0)) c.disconnect();
});

type Evt = Record<string, unknown>;

/** Collects every event of `name` on a channel, so a test can wait for the one it expects. */
function collect(client: PusherJS, channel: string, name: string) {
  const seen: Evt[] = [];
  const waiters: { match: (e: Evt) => boolean; done: (e: Evt) => void }[] = [];
  client.channel(channel).bind(name, (e: Evt) => {
    seen.push(e);
    for (const w of waiters.splice(0)) {
      if (w.match(e)) w.done(e);
      else waiters.push(w);
    }
  });
  return (match: (e: Evt) => boolean, label: string) =>
    waitFor<Evt>((done) => {
      const hit = seen.find(match);
      if (hit) done(hit);
      else waiters.push({ match, done });
    }, label);
}

test("guest and staff get order.created and order.status_changed live; events carry ids and statuses, never a token", async ({ request, baseURL }) => {
  const james = inHouse(seed);
  const token = james.link("FULL_ACCESS").token;
  const guestChannel = `private-room-service.${james.booking.reference}`;
  const staffChannel = `private-${james.slug}.staff-orders`;

  const guest = track(appClient({ bearer: token }));
  await connected(guest);
  expect(await subscribed(guest, guestChannel)).toBe("ok");
  // A guest never gets the staff stream.
  expect(await subscribed(guest, staffChannel)).toMatch(/auth 40[13]/);

  const kitchenApi = await signedInApi(baseURL!, seed.staff.find((s) => s.role === "KITCHEN" && s.hotel_slug === james.slug)!);
  const cookie = (await kitchenApi.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const kitchen = track(appClient({ cookie }));
  await connected(kitchen);
  expect(await subscribed(kitchen, staffChannel)).toBe("ok");

  const guestCreated = collect(guest, guestChannel, "order.created");
  const guestChanged = collect(guest, guestChannel, "order.status_changed");
  const staffCreated = collect(kitchen, staffChannel, "order.created");
  const staffChanged = collect(kitchen, staffChannel, "order.status_changed");

  const [item] = await simpleItems(request, james.slug, token);
  const res = await request.post(orderPath(james.slug), { headers: bearer(token), data: { items: [{ item_id: item!.id, quantity: 1 }] } });
  expect(res.status()).toBe(201);
  const { order_id } = await res.json();
  const isMine = (e: Evt) => e.order_id === order_id;

  for (const e of [await guestCreated(isMine, "guest order.created"), await staffCreated(isMine, "staff order.created")]) {
    expect(e).toMatchObject({ booking_id: james.booking.reference, order_id, type: "ROOM_SERVICE", status: "PENDING" });
    expect(JSON.stringify(e)).not.toContain(token);
  }

  const accept = await kitchenApi.post(`/api/console/orders/${order_id}/status`, { data: { status: "ACCEPTED", from_status: "PENDING", eta_minutes: 25 }, headers: { Origin: baseURL! } });
  expect(accept.status()).toBe(200);
  for (const e of [await guestChanged(isMine, "guest order.status_changed"), await staffChanged(isMine, "staff order.status_changed")]) {
    expect(e).toMatchObject({ order_id, type: "ROOM_SERVICE", status: "ACCEPTED", previous_status: "PENDING" });
  }

  // The guest's own cancel of a second order reaches the kitchen too.
  const second = await (await request.post(orderPath(james.slug), { headers: bearer(token), data: { items: [{ item_id: item!.id, quantity: 2 }] } })).json();
  expect((await request.post(ordersPath(james.slug, second.order_id, "cancel"), { headers: bearer(token), data: {} })).status()).toBe(200);
  expect(await staffChanged((e) => e.order_id === second.order_id && e.status === "CANCELLED", "staff sees the guest's cancel")).toMatchObject({ previous_status: "PENDING" });
  await kitchenApi.dispose();
});

test("another guest of the hotel cannot listen to this booking's room-service channel", async () => {
  const james = inHouse(seed);
  const other = seed.bookings.find((b) => b.hotel_slug === james.slug && b.state === "arriving")!;
  const otherToken = seed.links.find((l) => l.booking === other.reference && l.purpose === "FULL_ACCESS")!.token;
  const intruder = track(appClient({ bearer: otherToken }));
  await connected(intruder);
  expect(await subscribed(intruder, `private-room-service.${james.booking.reference}`)).toMatch(/auth 403/);
});
