import { and, eq, inArray, like, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, chatMessages, conversations, orderLines, orders, requestTypes, serviceRequests, staffMemberships, type Hotel, type NewChatMessage, type NewOrder, type NewOrderLine, type NewServiceRequest, type ServiceRequestDetails } from "@/lib/db/schema";
import { loadHotelMenu } from "@/lib/menus/load-menu";
import { breakfastSlots, stayMornings } from "@/lib/orders/breakfast/rules";
import { addDays, localDate, zonedToUtc } from "@/lib/time/zoned";

// Sixty days of past stays for the demo hotel, so the manager's reports are worth reading on first
// start: room-service orders, breakfasts, chats with staff replies and a few service requests, all
// finished (delivered, cancelled, resolved, done): nothing here lands on a live queue. Deterministic
// (a seeded generator; dates relative to the hotel's today) and written in bulk inserts. Skipped
// for test copies and when the hotel has its history already (re-runs add nothing).

const DAYS = 60;
const SEED = 2026_11;

/** mulberry32: a small seeded generator, so every first start shows the same history. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  /** Minutes with a long tail: mostly near `typical`, now and then up to `worst`. */
  const tail = (least: number, typical: number, worst: number) => (next() < 0.85 ? least + next() * (typical - least) * 2 : typical + next() * (worst - typical));
  return { next, int, pick, tail };
}

// When guests order and write, by local hour (weights): breakfast-time and evening peaks.
const ORDER_HOURS = [7, 8, 9, 12, 13, 13, 14, 18, 19, 19, 20, 20, 20, 21, 21, 22];
const CHAT_HOURS = [8, 9, 10, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22];
const SLOT_WEIGHTS = [1, 2, 3, 4, 4, 3, 2, 1];
const GUESTS = ["Olivia Brown", "Lucas Silva", "Emma Müller", "Hugo Martin", "Chloé Bernard", "Mateo García", "Yuki Sato", "Ava Wilson", "Tomás Costa", "Lea Schmidt", "Omar Khalil", "Nina Rossi"];
const CANCEL_REASONS: { reason: string; by: "STAFF" | "GUEST" }[] = [
  { reason: "Item sold out", by: "STAFF" },
  { reason: "Kitchen closed early", by: "STAFF" },
  { reason: "Changed my mind", by: "GUEST" },
  { reason: "Ordered twice by mistake", by: "GUEST" },
];
const CHATS: [string, string][] = [
  ["Hi, could we get two extra pillows?", "Of course, housekeeping will bring them in a few minutes."],
  ["What time does the pool close?", "The pool is open until 21:00 today."],
  ["Can you recommend a restaurant nearby?", "We love Taberna do Mar, five minutes' walk. Shall we book a table?"],
  ["Is late check-out possible tomorrow?", "Yes, we can offer check-out at 13:00."],
  ["The Wi-Fi is slow in our room.", "Sorry about that, we have restarted the access point on your floor."],
  ["Could you order us a taxi for 8am?", "Booked: the taxi will wait at the entrance at 08:00."],
];
const FOLLOW_UPS: [string, string][] = [
  ["Thank you!", "You're welcome, enjoy your stay."],
  ["Perfect, thanks.", "Anytime."],
];

type HistoryHotel = Hotel & { roomIds: Record<string, string> };

export async function seedDemoHistory(db: DbOrTx, hotel: HistoryHotel, opts: { planSlug: string; isolated: boolean }, now = new Date()): Promise<void> {
  if (opts.isolated || opts.planSlug !== "grand-harbour") return;
  const refPrefix = `${hotel.referencePrefix}-%-H%`;
  const [done] = await db.select({ id: bookings.id }).from(bookings).where(and(eq(bookings.hotelId, hotel.id), like(bookings.reference, refPrefix))).limit(1);
  if (done) return;

  const rnd = generator(SEED);
  const tz = hotel.timezone;
  const today = localDate(now, tz);
  const at = (date: string, hour: number, minute: number) => zonedToUtc(date, `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, tz);
  const plusMin = (d: Date, m: number) => new Date(d.getTime() + Math.round(m * 60_000));
  const menu = (await loadHotelMenu(db, hotel.id)).items;
  const roomMenu = menu.filter((i) => i.onRoomService);
  const breakfastMenu = menu.filter((i) => i.onBreakfast);
  const staff = await db.select({ id: staffMemberships.staffId, role: staffMemberships.role }).from(staffMemberships).where(eq(staffMemberships.hotelId, hotel.id));
  const desk = staff.filter((s) => s.role === "ADMIN" || s.role === "FRONT_DESK").map((s) => s.id);
  const housekeeping = staff.filter((s) => s.role === "HOUSEKEEPING" || s.role === "ADMIN").map((s) => s.id);
  const floor = housekeeping.length ? housekeeping : desk;
  const types = (await db.select().from(requestTypes).where(eq(requestTypes.hotelId, hotel.id))).filter((t) => ["AMENITIES", "CLEANING", "MAINTENANCE", "OTHER"].includes(t.kind));
  const roomIds = Object.values(hotel.roomIds);
  const slots = breakfastSlots(hotel);

  // Stays: about two arrivals a day, one to four nights, every one checked out before today.
  const stays: (typeof bookings.$inferInsert)[] = [];
  for (let i = 0; i < DAYS * 2.2; i++) {
    const checkIn = addDays(today, -DAYS - 2 + Math.floor(i / 2.2));
    const checkOut = addDays(checkIn, rnd.int(1, 4));
    if (checkOut >= today) continue;
    const name = rnd.pick(GUESTS);
    stays.push({
      hotelId: hotel.id,
      reference: `${hotel.referencePrefix}-${checkIn.slice(0, 4)}-H${String(i + 1).padStart(3, "0")}`,
      primaryGuestName: name,
      email: `${name.split(" ")[0]!.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.${i + 1}@example.com`,
      adults: rnd.int(1, 2),
      children: 0,
      checkInDate: checkIn,
      checkOutDate: checkOut,
      roomId: roomIds[i % roomIds.length] ?? null,
      status: "CONFIRMED",
      checkedInAt: at(checkIn, 15, rnd.int(0, 59)),
      checkedOutAt: at(checkOut, 10, rnd.int(0, 59)),
      createdAt: at(addDays(checkIn, -rnd.int(3, 30)), 12, 0),
    });
  }
  const stayRows = await db.insert(bookings).values(stays).returning();

  const orderRows: NewOrder[] = [];
  const lineRows: Omit<NewOrderLine, "orderId">[][] = [];
  const messages: (Omit<NewChatMessage, "conversationId"> & { stay: number })[] = [];
  const convs: { stay: number; status: "OPEN" | "RESOLVED"; staffId: string; resolvedAt: Date; created: Date }[] = [];
  const requests: NewServiceRequest[] = [];

  for (const [si, b] of stayRows.entries()) {
    const nights: string[] = [];
    for (let d = b.checkInDate; d < b.checkOutDate; d = addDays(d, 1)) nights.push(d);
    // Room service: some nights one order, now and then two.
    for (const night of nights) {
      const count = rnd.next() < 0.55 ? (rnd.next() < 0.2 ? 2 : 1) : 0;
      for (let k = 0; k < count && roomMenu.length; k++) {
        const created = at(night, rnd.pick(ORDER_HOURS), rnd.int(0, 59));
        const items = [rnd.pick(roomMenu), ...(rnd.next() < 0.5 ? [rnd.pick(roomMenu)] : [])];
        const total = items.reduce((s, it) => s + it.priceMinor, 0);
        const prep = Math.max(...items.map((it) => it.prepMinutes ?? hotel.defaultPrepMinutes));
        const cancelled = rnd.next() < 0.07 ? rnd.pick(CANCEL_REASONS) : null;
        const accept = rnd.tail(0.5, 3, 15);
        const deliver = accept + rnd.tail(prep * 0.6, prep, prep * 2);
        orderRows.push({
          hotelId: hotel.id,
          bookingId: b.id,
          type: "ROOM_SERVICE",
          status: cancelled ? "CANCELLED" : "DELIVERED",
          currency: hotel.currency,
          subtotalMinor: total,
          totalMinor: total,
          promisedAt: plusMin(created, prep + 10),
          etaAt: plusMin(created, prep + 10),
          acceptedAt: cancelled?.by === "GUEST" ? null : plusMin(created, accept),
          readyAt: cancelled ? null : plusMin(created, deliver - 4),
          deliveredAt: cancelled ? null : plusMin(created, deliver),
          cancelledAt: cancelled ? plusMin(created, cancelled.by === "GUEST" ? 1 : accept + 2) : null,
          cancelledBy: cancelled?.by ?? null,
          cancelReason: cancelled?.reason ?? null,
          lastStaffId: desk[0] ?? null,
          createdAt: created,
          updatedAt: created,
        });
        lineRows.push(items.map((it, position) => ({ menuItemId: it.id, position, name: it.name, quantity: 1, unitPriceMinor: it.priceMinor, lineTotalMinor: it.priceMinor, contains: it.allergens })));
      }
    }
    // Breakfast on most mornings, ordered the evening before; all served (or cancelled).
    for (const morning of stayMornings(b)) {
      if (rnd.next() > 0.6 || !breakfastMenu.length || !slots.length) continue;
      const weights = slots.map((_, i) => SLOT_WEIGHTS[i] ?? 1);
      let r = rnd.next() * weights.reduce((s, w) => s + w, 0);
      const slot = slots.find((_, i) => (r -= weights[i]!) < 0) ?? slots[0]!;
      const guests = rnd.int(1, b.adults);
      const served = zonedToUtc(morning, slot, tz);
      const cancelled = rnd.next() < 0.05;
      const items = Array.from({ length: guests }, () => rnd.pick(breakfastMenu));
      const total = items.reduce((s, it) => s + it.priceMinor, 0);
      orderRows.push({
        hotelId: hotel.id,
        bookingId: b.id,
        type: "BREAKFAST",
        status: cancelled ? "CANCELLED" : "DELIVERED",
        currency: hotel.currency,
        subtotalMinor: total,
        totalMinor: total,
        deliveryDate: morning,
        timeSlot: slot,
        guests,
        acceptedAt: cancelled ? null : plusMin(served, -40),
        deliveredAt: cancelled ? null : plusMin(served, rnd.int(0, 12)),
        cancelledAt: cancelled ? plusMin(served, -600) : null,
        cancelledBy: cancelled ? "GUEST" : null,
        cancelReason: cancelled ? "Leaving early" : null,
        createdAt: at(addDays(morning, -1), rnd.int(18, 21), rnd.int(0, 59)),
        updatedAt: served,
      });
      lineRows.push(items.map((it, position) => ({ menuItemId: it.id, position, name: it.name, quantity: 1, unitPriceMinor: it.priceMinor, lineTotalMinor: it.priceMinor, contains: it.allergens })));
    }
    // A chat with about half the stays: a question, a reply (mostly within minutes), perhaps thanks.
    if (desk.length && rnd.next() < 0.5) {
      const [question, answer] = rnd.pick(CHATS);
      const first = at(rnd.pick(nights), rnd.pick(CHAT_HOURS), rnd.int(0, 59));
      const staffId = rnd.pick(desk);
      const reply = plusMin(first, rnd.tail(0.4, 3, 45));
      messages.push({ stay: si, sender: "GUEST", staffId: null, body: question, createdAt: first });
      messages.push({ stay: si, sender: "STAFF", staffId, body: answer, createdAt: reply });
      let last = reply;
      if (rnd.next() < 0.5) {
        const [thanks, welcome] = rnd.pick(FOLLOW_UPS);
        const t1 = plusMin(reply, rnd.int(1, 20));
        last = plusMin(t1, rnd.tail(0.3, 2, 10));
        messages.push({ stay: si, sender: "GUEST", staffId: null, body: thanks, createdAt: t1 });
        messages.push({ stay: si, sender: "STAFF", staffId, body: welcome, createdAt: last });
      }
      const resolved = rnd.next() < 0.85;
      convs.push({ stay: si, status: resolved ? "RESOLVED" : "OPEN", staffId, created: first, resolvedAt: resolved ? plusMin(last, rnd.int(2, 90)) : last });
    }
    // A few service requests, all dealt with.
    if (types.length && floor.length && rnd.next() < 0.25) {
      const type = rnd.pick(types);
      const created = at(rnd.pick(nights), rnd.int(8, 21), rnd.int(0, 59));
      const ack = rnd.tail(1, type.targetMinutes * 0.4, type.targetMinutes * 2.5);
      const declined = rnd.next() < 0.08;
      const details: ServiceRequestDetails =
        type.kind === "AMENITIES" && type.options.items?.[0]
          ? { items: [{ key: type.options.items[0].key, label: type.options.items[0].label, quantity: 2 }] }
          : type.kind === "CLEANING"
            ? { cleaning: "NOW" }
            : type.kind === "MAINTENANCE"
              ? { description: "The reading lamp does not switch on." }
              : {};
      requests.push({
        hotelId: hotel.id,
        bookingId: b.id,
        typeId: type.id,
        kind: type.kind,
        department: type.department,
        typeName: type.name,
        status: declined ? "DECLINED" : "DONE",
        details,
        note: type.kind === "OTHER" ? "Could we have an iron and a board?" : null,
        promisedAt: plusMin(created, type.targetMinutes),
        assignedStaffId: rnd.pick(floor),
        acknowledgedAt: plusMin(created, ack),
        doneAt: declined ? null : plusMin(created, ack + rnd.int(5, 40)),
        declinedAt: declined ? plusMin(created, ack + 1) : null,
        declineReason: declined ? "We could not do this today, sorry" : null,
        guestSeenAt: plusMin(created, ack + 60),
        createdAt: created,
        updatedAt: plusMin(created, ack),
      });
    }
  }

  for (let i = 0; i < orderRows.length; i += 500) {
    const inserted = await db.insert(orders).values(orderRows.slice(i, i + 500)).returning({ id: orders.id });
    const lines = inserted.flatMap((o, k) => lineRows[i + k]!.map((l) => ({ ...l, orderId: o.id })));
    for (let j = 0; j < lines.length; j += 1000) await db.insert(orderLines).values(lines.slice(j, j + 1000));
  }
  if (convs.length) {
    const convRows = await db
      .insert(conversations)
      .values(convs.map((c) => ({ hotelId: hotel.id, bookingId: stayRows[c.stay]!.id, status: c.status, assignedStaffId: c.staffId, lastMessageAt: c.resolvedAt, lastActivityAt: c.resolvedAt, resolvedAt: c.status === "RESOLVED" ? c.resolvedAt : null, createdAt: c.created, updatedAt: c.resolvedAt })))
      .returning({ id: conversations.id, bookingId: conversations.bookingId });
    const convOf = new Map(convRows.map((c) => [c.bookingId, c.id]));
    // In time order, so message ids grow with time as they do when people write.
    const sorted = [...messages].sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime());
    for (let i = 0; i < sorted.length; i += 1000) {
      await db.insert(chatMessages).values(sorted.slice(i, i + 1000).map(({ stay, ...m }) => ({ ...m, conversationId: convOf.get(stayRows[stay]!.id)! })));
    }
    // Both sides have read everything: no old conversation shows as unread or mails anyone.
    const ids = convRows.map((c) => c.id);
    await db
      .update(conversations)
      .set({
        staffReadUpTo: sql`(select max(m.id) from ${chatMessages} m where m.conversation_id = ${conversations.id})`,
        guestReadUpTo: sql`(select max(m.id) from ${chatMessages} m where m.conversation_id = ${conversations.id})`,
        lastMessageAt: sql`(select max(m.created_at) from ${chatMessages} m where m.conversation_id = ${conversations.id})`,
      })
      .where(inArray(conversations.id, ids));
  }
  if (requests.length) await db.insert(serviceRequests).values(requests);
}
