import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { chatMessages, conversations, orders, requestTypes, serviceRequests, staffUsers, type NewOrder } from "@/lib/db/schema";
import { testBooking, testHotel } from "@/lib/testing/fixtures";
import { tableCsv } from "./csv";
import { reportRangeSchema } from "./range";
import { fullReport, type FullReport } from "./report";
import { sectionTables } from "./tables";

// A hand-made data set in Europe/Lisbon around the spring DST change (Sunday 2026-03-29: 01:00 UTC
// becomes 02:00 local, so that day has 23 hours and later instants are UTC+1). The report covers
// the local days 28–30 March; every expected figure below is worked out by hand in the comments.
// percentile_cont interpolates: p90 of n sorted values sits at position 0.9·(n−1).

const NOW = new Date("2026-04-05T12:00:00Z");
const RANGE = reportRangeSchema.parse({ range: "custom", from: "2026-03-28", to: "2026-03-30" });
const at = (iso: string) => new Date(iso);
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);

type World = { hotel: Awaited<ReturnType<typeof testHotel>>; other: Awaited<ReturnType<typeof testHotel>>; sam: string; rita: string };
let w: World;
let report: FullReport;

async function staff(name: string) {
  const [u] = await getDb().insert(staffUsers).values({ email: `${randomBytes(4).toString("hex")}@reports.test`, name, passwordHash: "not-a-hash" }).returning();
  return u!.id;
}

async function roomService(hotel: World["hotel"], o: { at: string; status: NewOrder["status"]; total?: number; accept?: number; deliver?: number; promise?: number; reason?: string | null; by?: "GUEST" | "STAFF" }) {
  const booking = await testBooking(hotel, "departed");
  await getDb().insert(orders).values({
    hotelId: hotel.id,
    bookingId: booking.id,
    type: "ROOM_SERVICE",
    status: o.status,
    currency: "EUR",
    subtotalMinor: o.total ?? 1000,
    totalMinor: o.total ?? 1000,
    createdAt: at(o.at),
    acceptedAt: o.accept === undefined ? null : plus(o.at, o.accept),
    deliveredAt: o.deliver === undefined ? null : plus(o.at, o.deliver),
    promisedAt: o.promise === undefined ? null : plus(o.at, o.promise),
    cancelledAt: o.status === "CANCELLED" ? plus(o.at, 3) : null,
    cancelReason: o.reason ?? null,
    cancelledBy: o.by ?? null,
  });
}

async function breakfast(hotel: World["hotel"], b: { date: string; slot: string; guests: number; status: NewOrder["status"] }) {
  const booking = await testBooking(hotel, "departed");
  // Ordered the evening before the range: these never reach the busiest-hours counts.
  await getDb().insert(orders).values({ hotelId: hotel.id, bookingId: booking.id, type: "BREAKFAST", status: b.status, currency: "EUR", subtotalMinor: 0, totalMinor: 0, deliveryDate: b.date, timeSlot: b.slot, guests: b.guests, createdAt: at("2026-03-27T20:00:00Z") });
}

/** A conversation from its messages in time order ([sender, iso, staff id]); resolved at `resolvedAt`, last touched at `activityAt` (default then). */
async function conversation(hotel: World["hotel"], messages: ["GUEST" | "STAFF", string, string?][], resolvedAt?: string, activityAt?: string) {
  const booking = await testBooking(hotel, "departed");
  const last = activityAt ?? resolvedAt ?? messages[messages.length - 1]![1];
  const [c] = await getDb()
    .insert(conversations)
    .values({ hotelId: hotel.id, bookingId: booking.id, status: resolvedAt ? "RESOLVED" : "OPEN", resolvedAt: resolvedAt ? at(resolvedAt) : null, createdAt: at(messages[0]![1]), lastMessageAt: at(messages[messages.length - 1]![1]), lastActivityAt: at(last) })
    .returning();
  // One at a time: ids grow with time, as they do when people write.
  for (const [sender, iso, staffId] of messages) await getDb().insert(chatMessages).values({ conversationId: c!.id, sender, staffId: staffId ?? null, body: "…", createdAt: at(iso) });
}

async function request(hotel: World["hotel"], typeId: string, r: { at: string; promise: number; status: "NEW" | "DONE" | "DECLINED" | "CANCELLED"; ack?: number; done?: number; declined?: number }) {
  const booking = await testBooking(hotel, "departed");
  const [type] = await getDb().select().from(requestTypes).where(eq(requestTypes.id, typeId));
  await getDb().insert(serviceRequests).values({
    hotelId: hotel.id,
    bookingId: booking.id,
    typeId,
    kind: type!.kind,
    department: type!.department,
    typeName: type!.name,
    status: r.status,
    promisedAt: plus(r.at, r.promise),
    acknowledgedAt: r.ack === undefined ? null : plus(r.at, r.ack),
    doneAt: r.done === undefined ? null : plus(r.at, r.done),
    declinedAt: r.declined === undefined ? null : plus(r.at, r.declined),
    cancelledAt: r.status === "CANCELLED" ? plus(r.at, 2) : null,
    createdAt: at(r.at),
  });
}

async function types(hotel: World["hotel"]) {
  const [towels, fix] = await getDb()
    .insert(requestTypes)
    .values([
      { hotelId: hotel.id, kind: "AMENITIES", name: "Towels", department: "HOUSEKEEPING", targetMinutes: 30 },
      { hotelId: hotel.id, kind: "MAINTENANCE", name: "Something to fix", department: "MAINTENANCE", targetMinutes: 60 },
    ])
    .returning();
  return { towels: towels!.id, fix: fix!.id };
}

beforeAll(async () => {
  const hotel = await testHotel("Report Hotel", "Europe/Lisbon");
  const other = await testHotel("Other Hotel", "Europe/Lisbon");
  w = { hotel, other, sam: await staff("Sam Reyes"), rita: await staff("Rita Ortiz") };

  // Room service. Saturday 28 (UTC+0):
  await roomService(hotel, { at: "2026-03-28T10:00:00Z", status: "DELIVERED", total: 1000, accept: 2, deliver: 30, promise: 35 }); // A: on time
  await roomService(hotel, { at: "2026-03-28T23:59:00Z", status: "DELIVERED", total: 2000, accept: 4, deliver: 30, promise: 20 }); // B: 23:59, delivered 00:29 on the 29th: counts on the 28th; late
  // Sunday 29 (the DST day: 00:00–01:00 UTC is local 00:00–01:00, then UTC+1):
  await roomService(hotel, { at: "2026-03-29T00:30:00Z", status: "DELIVERED", total: 1500, accept: 6, deliver: 50, promise: 45 }); // C: late
  await roomService(hotel, { at: "2026-03-29T12:00:00Z", status: "CANCELLED", reason: "Kitchen closed", by: "STAFF" }); // D (local 13:00)
  await roomService(hotel, { at: "2026-03-29T15:00:00Z", status: "CANCELLED", reason: " Kitchen closed ", by: "STAFF" }); // F (same reason, spaces trimmed)
  await roomService(hotel, { at: "2026-03-29T16:00:00Z", status: "CANCELLED", by: "GUEST" }); // G: no reason
  // Monday 30: E was placed at 23:30 UTC on the 29th, which is 00:30 local on the 30th.
  await roomService(hotel, { at: "2026-03-29T23:30:00Z", status: "DELIVERED", total: 500, accept: 10, deliver: 20, promise: 25 }); // E
  await roomService(hotel, { at: "2026-03-30T09:00:00Z", status: "ACCEPTED", total: 700, accept: 8 }); // H: not delivered, no revenue
  // Outside the range: local 27th 23:30 and local 31st 00:30; another hotel's order inside it.
  await roomService(hotel, { at: "2026-03-27T23:30:00Z", status: "DELIVERED", total: 9000, accept: 1, deliver: 5, promise: 30 });
  await roomService(hotel, { at: "2026-03-30T23:30:00Z", status: "DELIVERED", total: 9000, accept: 1, deliver: 5, promise: 30 });
  await roomService(other, { at: "2026-03-29T10:00:00Z", status: "DELIVERED", total: 9999, accept: 1, deliver: 90, promise: 10 });

  // Breakfast (serving ends 10:30 local by default).
  await breakfast(hotel, { date: "2026-03-28", slot: "07:30", guests: 2, status: "DELIVERED" });
  await breakfast(hotel, { date: "2026-03-28", slot: "08:00", guests: 3, status: "DELIVERED" });
  await breakfast(hotel, { date: "2026-03-29", slot: "07:30", guests: 1, status: "READY" }); // no-show
  await breakfast(hotel, { date: "2026-03-29", slot: "08:00", guests: 2, status: "CANCELLED" });
  await breakfast(hotel, { date: "2026-03-30", slot: "07:30", guests: 4, status: "PENDING" }); // no-show once 10:30 local has passed
  await breakfast(hotel, { date: "2026-03-31", slot: "07:30", guests: 2, status: "DELIVERED" }); // outside
  await breakfast(other, { date: "2026-03-29", slot: "07:30", guests: 9, status: "PENDING" });

  // Chat.
  const { sam, rita } = w;
  await conversation(hotel, [["GUEST", "2026-03-28T10:00:00Z"], ["GUEST", "2026-03-28T10:01:00Z"], ["STAFF", "2026-03-28T10:03:00Z", sam]], "2026-03-28T11:00:00Z", "2026-03-28T15:00:00Z"); // c1: 3 min, resolved after 60 (a later touch does not count)
  // c2: a staff greeting before the guest wrote is not a response; the guest at 23:58 local on the 28th, answered 10 min later (after midnight).
  await conversation(hotel, [["STAFF", "2026-03-28T23:00:00Z", rita], ["GUEST", "2026-03-28T23:58:00Z"], ["STAFF", "2026-03-29T00:08:00Z", rita]], "2026-03-29T02:00:00Z"); // resolved after 122
  await conversation(hotel, [["GUEST", "2026-03-29T23:30:00Z"], ["STAFF", "2026-03-29T23:34:00Z", sam]]); // c3: local 30th 00:30, 4 min
  await conversation(hotel, [["GUEST", "2026-03-29T12:00:00Z"]]); // c4: never answered
  // c5 began before the range: not a conversation of the range (its message on the 28th still counts as a busy hour).
  await conversation(hotel, [["GUEST", "2026-03-27T20:00:00Z"], ["STAFF", "2026-03-27T20:02:00Z", sam], ["GUEST", "2026-03-28T09:00:00Z"]]);
  await conversation(other, [["GUEST", "2026-03-29T10:00:00Z"], ["STAFF", "2026-03-29T11:00:00Z", sam]]);

  // Service requests.
  const t = await types(hotel);
  await request(hotel, t.towels, { at: "2026-03-28T10:00:00Z", promise: 30, status: "DONE", ack: 10, done: 40 }); // r1
  await request(hotel, t.towels, { at: "2026-03-28T12:00:00Z", promise: 30, status: "DONE", ack: 45, done: 90 }); // r2: late
  await request(hotel, t.towels, { at: "2026-03-29T09:00:00Z", promise: 30, status: "CANCELLED" }); // r3
  await request(hotel, t.fix, { at: "2026-03-29T10:00:00Z", promise: 60, status: "NEW" }); // r4: never acknowledged, promise passed
  await request(hotel, t.fix, { at: "2026-03-30T08:00:00Z", promise: 60, status: "DONE", done: 20 }); // r5: straight to done
  await request(hotel, t.fix, { at: "2026-03-30T09:00:00Z", promise: 60, status: "DECLINED", declined: 5 }); // r6
  await request(hotel, t.fix, { at: "2026-03-31T09:00:00Z", promise: 60, status: "DONE", ack: 1, done: 2 }); // outside
  const o = await types(other);
  await request(other, o.towels, { at: "2026-03-29T09:00:00Z", promise: 30, status: "DONE", ack: 100, done: 200 });

  report = await fullReport(hotel, RANGE, NOW);
});

describe("the manager's report on a known data set", () => {
  it("covers the local days asked for", () => {
    expect(report.range).toMatchObject({ from: "2026-03-28", to: "2026-03-30", days: ["2026-03-28", "2026-03-29", "2026-03-30"], timezone: "Europe/Lisbon" });
  });

  it("room service: counts and revenue by placing day (23:59 stays on its day, local days across DST), medians and p90s", () => {
    const rs = report["room-service"];
    expect(rs.days.map((d) => [d.date, d.orders, d.delivered, d.cancelled, d.revenue])).toEqual([
      ["2026-03-28", 2, 2, 0, [{ currency: "EUR", revenue_minor: 3000 }]],
      ["2026-03-29", 4, 1, 3, [{ currency: "EUR", revenue_minor: 1500 }]],
      ["2026-03-30", 2, 1, 0, [{ currency: "EUR", revenue_minor: 500 }]],
    ]);
    // 28th: accepted [2, 4] → 3 and 2 + 0.9·2 = 3.8; 30th: [8, 10] → 9 and 9.8.
    expect(rs.days.map((d) => [d.accept_median_min, d.accept_p90_min, d.deliver_median_min, d.deliver_p90_min])).toEqual([
      [3, 3.8, 30, 30],
      [6, 6, 50, 50],
      [9, 9.8, 20, 20],
    ]);
    // Accepted [2, 4, 6, 8, 10]: median 6, p90 at 3.6 → 8 + 0.6·2 = 9.2. Delivered [20, 30, 30, 50]: 30, p90 at 2.7 → 30 + 0.7·20 = 44.
    expect(rs.total).toEqual({
      orders: 8,
      delivered: 4,
      cancelled: 3,
      revenue: [{ currency: "EUR", revenue_minor: 5000 }],
      accept_median_min: 6,
      accept_p90_min: 9.2,
      deliver_median_min: 30,
      deliver_p90_min: 44,
      delivered_with_promise: 4,
      delivered_late: 2,
      late_share: 0.5,
    });
    expect(rs.cancellations).toEqual([
      { reason: "Kitchen closed", cancelled_by: "STAFF", count: 2 },
      { reason: null, cancelled_by: "GUEST", count: 1 },
    ]);
  });

  it("breakfast: covers per morning and slot, no-shows only of mornings whose service has ended", async () => {
    const b = report.breakfast;
    expect(b.mornings).toEqual([
      { date: "2026-03-28", orders: 2, covers: 5, no_shows: 0, no_show_covers: 0, cancelled: 0 },
      { date: "2026-03-29", orders: 1, covers: 1, no_shows: 1, no_show_covers: 1, cancelled: 1 },
      { date: "2026-03-30", orders: 1, covers: 4, no_shows: 1, no_show_covers: 4, cancelled: 0 },
    ]);
    expect(b.slots).toEqual([
      { slot: "07:30", orders: 3, covers: 7, no_shows: 2, no_show_covers: 5, cancelled: 0 },
      { slot: "08:00", orders: 1, covers: 3, no_shows: 0, no_show_covers: 0, cancelled: 1 },
    ]);
    expect(b.total).toEqual({ orders: 4, covers: 10, no_shows: 2, no_show_covers: 5, cancelled: 1 });
    // At 10:00 local on the 30th that morning's service is still on: its open order is no no-show yet.
    const during = await fullReport(w.hotel, RANGE, at("2026-03-30T09:00:00Z"));
    expect(during.breakfast.total.no_shows).toBe(1);
  });

  it("chat: first responses after the guest's first message, resolution, within 5 minutes, per staff member", () => {
    const c = report.chat;
    // Responses [3, 10, 4]: median 4, p90 at 1.8 → 4 + 0.8·6 = 8.8. Resolved [60, 122]: 91 and 60 + 0.9·62 = 115.8.
    expect(c.total).toEqual({
      conversations: 4,
      answered: 3,
      first_response_median_min: 4,
      first_response_p90_min: 8.8,
      answered_within_target: 2,
      within_target_share: 0.5,
      resolved: 2,
      resolution_median_min: 91,
      resolution_p90_min: 115.8,
    });
    expect(c.days).toEqual([
      { date: "2026-03-28", conversations: 2, answered: 2, first_response_median_min: 6.5, first_response_p90_min: 9.3, answered_within_target: 1, within_target_share: 0.5 },
      { date: "2026-03-29", conversations: 1, answered: 0, first_response_median_min: null, first_response_p90_min: null, answered_within_target: 0, within_target_share: 0 },
      { date: "2026-03-30", conversations: 1, answered: 1, first_response_median_min: 4, first_response_p90_min: 4, answered_within_target: 1, within_target_share: 1 },
    ]);
    expect(c.staff).toEqual([
      { staff_id: w.rita, name: "Rita Ortiz", answered: 1, first_response_median_min: 10, first_response_p90_min: 10, answered_within_target: 0, within_target_share: 0 },
      { staff_id: w.sam, name: "Sam Reyes", answered: 2, first_response_median_min: 3.5, first_response_p90_min: 3.9, answered_within_target: 2, within_target_share: 1 },
    ]);
  });

  it("service requests: per type and department, first staff move as acknowledgement, share within the promise", () => {
    const r = report.requests;
    expect(r.types).toEqual([
      { department: "HOUSEKEEPING", type_name: "Towels", requests: 3, done: 2, declined: 0, cancelled: 1, acknowledge_median_min: 27.5, acknowledge_p90_min: 41.5, done_median_min: 65, done_p90_min: 85, within_target: 1, target_due: 2, within_target_share: 0.5 },
      { department: "MAINTENANCE", type_name: "Something to fix", requests: 3, done: 1, declined: 1, cancelled: 0, acknowledge_median_min: 12.5, acknowledge_p90_min: 18.5, done_median_min: 20, done_p90_min: 20, within_target: 2, target_due: 3, within_target_share: 0.667 },
    ]);
    expect(r.departments.map((d) => [d.department, d.requests])).toEqual([
      ["HOUSEKEEPING", 3],
      ["MAINTENANCE", 3],
    ]);
    // Acknowledged [5, 10, 20, 45]: 15 and 20 + 0.7·25 = 37.5; done [20, 40, 90]: 40 and 40 + 0.8·50 = 80.
    expect(r.total).toEqual({ requests: 6, done: 3, declined: 1, cancelled: 1, acknowledge_median_min: 15, acknowledge_p90_min: 37.5, done_median_min: 40, done_p90_min: 80, within_target: 3, target_due: 5, within_target_share: 0.6 });
  });

  it("busiest hours: orders and guest messages by local weekday and hour", () => {
    const cells = report["busiest-hours"].cells;
    expect(cells).toHaveLength(7 * 24);
    const cell = (dow: number, hour: number) => cells.find((c) => c.day_of_week === dow && c.hour === hour);
    expect(cell(6, 10)).toEqual({ day_of_week: 6, hour: 10, orders: 1, guest_messages: 2 }); // Saturday: A, c1 twice
    expect(cell(6, 23)).toEqual({ day_of_week: 6, hour: 23, orders: 1, guest_messages: 1 }); // B at 23:59, c2 at 23:58
    expect(cell(6, 9)).toEqual({ day_of_week: 6, hour: 9, orders: 0, guest_messages: 1 }); // c5's second message
    expect(cell(7, 0)).toEqual({ day_of_week: 7, hour: 0, orders: 1, guest_messages: 0 }); // C
    expect(cell(7, 13)).toEqual({ day_of_week: 7, hour: 13, orders: 1, guest_messages: 1 }); // D and c4 at 12:00 UTC = 13:00 WEST
    expect(cell(1, 0)).toEqual({ day_of_week: 1, hour: 0, orders: 1, guest_messages: 1 }); // E and c3: Monday 00:30 local
    expect(cell(1, 10)).toEqual({ day_of_week: 1, hour: 10, orders: 1, guest_messages: 0 }); // H
    expect(cells.reduce((s, c) => s + c.orders, 0)).toBe(8);
    expect(cells.reduce((s, c) => s + c.guest_messages, 0)).toBe(6);
    expect(report["busiest-hours"].max).toBe(3);
  });

  it("another hotel's report counts only its own rows", async () => {
    const theirs = await fullReport(w.other, RANGE, NOW);
    expect(theirs["room-service"].total).toMatchObject({ orders: 1, revenue: [{ currency: "EUR", revenue_minor: 9999 }] });
    expect(theirs.breakfast.total.orders).toBe(1);
    expect(theirs.chat.total).toMatchObject({ conversations: 1, first_response_median_min: 60 });
    expect(theirs.requests.total).toMatchObject({ requests: 1, acknowledge_median_min: 100 });
  });

  it("exports a table as CSV with its keys as the header, the total last", () => {
    const [days] = sectionTables(report, "room-service");
    const lines = tableCsv(days!).trimEnd().split("\r\n");
    expect(lines[0]).toBe("date,orders,delivered,cancelled,revenue_minor_EUR,accept_median_min,accept_p90_min,deliver_median_min,deliver_p90_min");
    expect(lines[1]).toBe("2026-03-28,2,2,0,3000,3,3.8,30,30");
    expect(lines[4]).toBe("Total,8,4,3,5000,6,9.2,30,44");
  });
});
