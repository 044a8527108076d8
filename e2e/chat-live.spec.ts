import type PusherJS from "pusher-js";
import { bookingOf, expect, linkOf, staffOf, test } from "./fixtures";
import { appClient, connected, subscribed, waitFor } from "./realtime-helpers";
import { signedInApi } from "./staff-helpers";

// Chat events through the outbox, received with the official pusher-js client signed in through
// the app's own endpoints: the guest hears staff replies on private-guest-chat.{ref}, the desk hears
// the seed's guest_message on private-{hotel}.staff-chat.

test("guest message reaches the desk and the staff reply reaches the guest, live", async ({ seed, baseURL }) => {
  const { booking, hotel } = bookingOf(seed, "in_house", 1);
  const token = linkOf(seed, booking.reference).token;
  const desk = staffOf(seed, "FRONT_DESK", 1);
  const staffApi = await signedInApi(baseURL!, { email: desk.email, password: desk.password });
  const staffCookie = (await staffApi.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const clients: PusherJS[] = [];
  try {
    const guest = appClient({ bearer: token });
    const staff = appClient({ cookie: staffCookie });
    clients.push(guest, staff);
    await Promise.all([connected(guest), connected(staff)]);
    const guestChannel = `private-guest-chat.${booking.reference}`;
    const staffChannel = `private-${hotel.slug}.staff-chat`;
    expect(await subscribed(guest, guestChannel)).toBe("ok");
    expect(await subscribed(staff, staffChannel)).toBe("ok");
    // The guest is not allowed on the desk's stream.
    expect(await subscribed(guest, staffChannel)).not.toBe("ok");

    const api = staffApi;
    const start = (await (await api.post(`/api/public/hotel/${hotel.slug}/chat/start/`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { conversation_id: string };
    const text = `Can I get a late check-out? ${Date.now()}`;
    const heard = waitFor<Record<string, unknown>>((done) => staff.channel(staffChannel).bind("guest_message", (d: Record<string, unknown>) => d.message === text && done(d)), "guest_message");
    const sent = await api.post(`/api/public/hotel/${hotel.slug}/chat/message/`, { headers: { Authorization: `Bearer ${token}` }, data: { message: text } });
    expect(sent.status()).toBe(200);
    expect(await heard).toMatchObject({ conversation_id: start.conversation_id, booking_id: booking.reference, guest_name: booking.guest_name, message: text, room_number: booking.room_number });

    const reply = `Yes, until 14:00. ${"More details follow. ".repeat(10)}`;
    const got = waitFor<Record<string, unknown>>((done) => guest.channel(guestChannel).bind("chat.staff_message", (d: Record<string, unknown>) => done(d)), "chat.staff_message");
    const typing = waitFor<Record<string, unknown>>((done) => guest.channel(guestChannel).bind("chat.typing", (d: Record<string, unknown>) => done(d)), "chat.typing");
    expect((await api.post(`/api/console/conversations/${start.conversation_id}/typing`)).status()).toBe(200);
    expect(await typing).toMatchObject({ from: "staff", name: desk.name.split(" ")[0] });
    expect((await api.post(`/api/console/conversations/${start.conversation_id}/messages`, { data: { message: reply } })).status()).toBe(200);
    const event = await got;
    // A preview only: the guest fetches the full text.
    expect(event).toMatchObject({ conversation_id: start.conversation_id, booking_id: booking.reference, truncated: true, sender_name: desk.name.split(" ")[0] });
    expect(String(event.message).length).toBeLessThanOrEqual(140);
    expect(reply.startsWith(String(event.message).slice(0, -1))).toBe(true);

    // The guest reads it; the desk hears the read mark.
    const read = waitFor<Record<string, unknown>>((done) => staff.channel(staffChannel).bind("chat.read", (d: Record<string, unknown>) => d.reader === "guest" && done(d)), "chat.read");
    const readRes = await api.post(`/api/public/hotel/${hotel.slug}/chat/read/`, { headers: { Authorization: `Bearer ${token}` }, data: { up_to_message_id: event.message_id } });
    expect(readRes.status()).toBe(200);
    expect(await read).toMatchObject({ up_to_message_id: event.message_id });
  } finally {
    for (const c of clients) c.disconnect();
  }
});

test("client events stay off on the guest chat channel", async ({ seed }) => {
  const { booking } = bookingOf(seed, "arriving", 1);
  const token = linkOf(seed, booking.reference).token;
  const a = appClient({ bearer: token });
  const b = appClient({ bearer: token });
  try {
    await Promise.all([connected(a), connected(b)]);
    const channel = `private-guest-chat.${booking.reference}`;
    expect(await subscribed(a, channel)).toBe("ok");
    expect(await subscribed(b, channel)).toBe("ok");
    const refused = waitFor<unknown>((done) => a.connection.bind("error", (e: unknown) => done(e)), "client event refused");
    a.channel(channel).trigger("client-typing", { from: "staff", name: "Forged" });
    expect(JSON.stringify(await refused)).toContain("4301");
  } finally {
    a.disconnect();
    b.disconnect();
  }
});
