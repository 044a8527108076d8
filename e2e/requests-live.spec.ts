import type { APIRequestContext } from "@playwright/test";
import type PusherJS from "pusher-js";
import { randomBytes } from "node:crypto";
import { expect, seedIsolated, test, type SeedDocument } from "./fixtures";
import { appClient, connected, subscribed, waitFor } from "./realtime-helpers";
import { signedInApi } from "./staff-helpers";

// Live service-request events through the outbox, received by the official pusher-js client signed
// in as the guest (private-room-service.{ref}) and as staff (private-{hotel}.staff-requests), and
// who may listen where: housekeeping hears requests, never chat, orders or bookings.

test.describe.configure({ mode: "serial", timeout: 120_000 });

type Evt = Record<string, unknown>;
type Staff = SeedDocument["staff"][number];

let seed: SeedDocument;
let slug: string;
const clients: PusherJS[] = [];
const apis: APIRequestContext[] = [];
const track = (c: PusherJS) => (clients.push(c), c);

test.beforeAll(async () => {
  seed = await seedIsolated(`rl${randomBytes(3).toString("hex")}`);
  slug = seed.hotels[0]!.slug;
});

test.afterAll(async () => {
  for (const c of clients.splice(0)) c.disconnect();
  for (const a of apis.splice(0)) await a.dispose();
});

const staffOf = (role: Staff["role"]) => seed.staff.find((s) => s.role === role && s.hotel_slug === slug)!;
/** The in-house guests of the demo hotel: James Carter first, then Noah Fischer. */
const inHouse = (i: number) => {
  const booking = seed.bookings.filter((b) => b.hotel_slug === slug && b.state === "in_house")[i]!;
  const token = seed.links.find((l) => l.booking === booking.reference && l.purpose === "FULL_ACCESS")!.token;
  return { booking, token, channel: `private-room-service.${booking.reference}` };
};
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const requestsPath = (rest = "") => `/api/public/hotel/${slug}/requests/${rest}`;

async function staffSession(baseURL: string, role: Staff["role"]) {
  const api = await signedInApi(baseURL, staffOf(role));
  apis.push(api);
  const cookie = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const client = track(appClient({ cookie }));
  await connected(client);
  return { api, client };
}

async function guestClient(token: string) {
  const client = track(appClient({ bearer: token }));
  await connected(client);
  return client;
}

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

/** The guest asks for two bath towels, as the portal's form sends it; returns the new request's id. */
async function askForTowels(request: APIRequestContext, token: string): Promise<string> {
  const types = await request.get(requestsPath("types/"), { headers: bearer(token) });
  expect(types.status()).toBe(200);
  const amenities = ((await types.json()) as { types: { id: string; kind: string }[] }).types.find((t) => t.kind === "AMENITIES")!;
  const res = await request.post(requestsPath(), { headers: bearer(token), data: { type_id: amenities.id, items: [{ key: "bath_towels", quantity: 2 }] } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { request: { id: string } }).request.id;
}

test("the guest hears request.created, then request.status_changed to ACKNOWLEDGED when the desk accepts; events carry ids and statuses only", async ({ request, baseURL }) => {
  const james = inHouse(0);
  const guest = await guestClient(james.token);
  expect(await subscribed(guest, james.channel)).toBe("ok");
  const created = collect(guest, james.channel, "request.created");
  const changed = collect(guest, james.channel, "request.status_changed");

  const requestId = await askForTowels(request, james.token);
  const mine = (e: Evt) => e.request_id === requestId;
  const event = await created(mine, "guest request.created");
  expect(event).toMatchObject({ booking_id: james.booking.reference, request_id: requestId, kind: "AMENITIES", department: "HOUSEKEEPING", status: "NEW" });
  expect(JSON.stringify(event)).not.toContain(james.token);
  expect(JSON.stringify(event)).not.toContain(james.booking.guest_name);

  const desk = await signedInApi(baseURL!, staffOf("FRONT_DESK"));
  apis.push(desk);
  const accept = await desk.post(`/api/console/requests/${requestId}/status`, { data: { status: "ACKNOWLEDGED", from_status: "NEW" }, headers: { Origin: baseURL! } });
  expect(accept.status()).toBe(200);
  expect(await changed(mine, "guest request.status_changed")).toMatchObject({ request_id: requestId, kind: "AMENITIES", status: "ACKNOWLEDGED", previous_status: "NEW" });

  // What the event told the guest to refetch: the request, now acknowledged, with who is on it.
  const view = await request.get(requestsPath(`${requestId}/`), { headers: bearer(james.token) });
  expect(((await view.json()) as { request: Evt }).request).toMatchObject({ id: requestId, status: "ACKNOWLEDGED", staff_first_name: staffOf("FRONT_DESK").name.split(" ")[0] });
});

test("housekeeping hears a guest's towel request on the hotel's staff-requests channel, and can take it", async ({ request, baseURL }) => {
  const noah = inHouse(1);
  const staffChannel = `private-${slug}.staff-requests`;
  const { api, client } = await staffSession(baseURL!, "HOUSEKEEPING");
  expect(await subscribed(client, staffChannel)).toBe("ok");
  const created = collect(client, staffChannel, "request.created");
  const changed = collect(client, staffChannel, "request.status_changed");

  const requestId = await askForTowels(request, noah.token);
  const event = await created((e) => e.request_id === requestId, "staff request.created");
  expect(event).toMatchObject({ booking_id: noah.booking.reference, request_id: requestId, kind: "AMENITIES", department: "HOUSEKEEPING", status: "NEW" });
  expect(JSON.stringify(event)).not.toContain(noah.token);

  const take = await api.post(`/api/console/requests/${requestId}/status`, { data: { status: "IN_PROGRESS", from_status: "NEW" }, headers: { Origin: baseURL! } });
  expect(take.status()).toBe(200);
  expect(await changed((e) => e.request_id === requestId, "staff request.status_changed")).toMatchObject({ status: "IN_PROGRESS", previous_status: "NEW" });
});

test("housekeeping may not listen to chat, orders or bookings; its requests and presence channels open on the same socket", async ({ baseURL }) => {
  const { client } = await staffSession(baseURL!, "HOUSEKEEPING");
  for (const kind of ["chat", "orders", "bookings"]) {
    // Refused by the app's auth endpoint: pusher-js reports pusher:subscription_error.
    expect(await subscribed(client, `private-${slug}.staff-${kind}`), kind).toBe("auth 403");
  }
  expect(await subscribed(client, `private-${slug}.staff-requests`)).toBe("ok");
  expect(await subscribed(client, `presence-${slug}.staff`)).toBe("ok");
  // Another hotel's request stream stays closed.
  expect(await subscribed(client, `private-${seed.hotels[1]!.slug}.staff-requests`)).toBe("auth 403");
});

test("another booking's guest, in house and allowed to order, cannot listen to this booking's requests", async () => {
  const james = inHouse(0);
  const noah = inHouse(1);
  const intruder = await guestClient(noah.token);
  expect(await subscribed(intruder, james.channel)).toBe("auth 403");
  // Its own channel opens on the same socket: the refusal is about the booking, not the guest.
  expect(await subscribed(intruder, noah.channel)).toBe("ok");
});
