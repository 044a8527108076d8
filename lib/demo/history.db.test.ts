import { and, count, eq, gte, inArray, isNull, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, chatMessages, conversations, hotels, orders, serviceRequests, staffMemberships, staffUsers } from "@/lib/db/schema";
import { seedDemoMenu } from "@/lib/menus/demo-menu";
import { fullReport } from "@/lib/reports/report";
import { testHotel } from "@/lib/testing/fixtures";
import { addDays, localDate } from "@/lib/time/zoned";
import { seedDemoHistory } from "./history";

describe("demo history", () => {
  it("gives the demo hotel 60 finished days, the same on every start, once; test copies get none", async () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const seedOne = async () => {
      const hotel = await testHotel("History Hotel", "Europe/Lisbon");
      await seedDemoMenu(getDb(), hotel, "grand-harbour");
      const [desk] = await getDb().insert(staffUsers).values({ email: `desk-${hotel.slug}@t.example`, name: "Frankie Desk", passwordHash: "x" }).returning();
      await getDb().insert(staffMemberships).values({ staffId: desk!.id, hotelId: hotel.id, role: "FRONT_DESK" });
      await seedDemoHistory(getDb(), hotel, { planSlug: "grand-harbour", isolated: false }, now);
      return hotel;
    };
    const hotel = await seedOne();
    const [h] = await getDb().select().from(hotels).where(eq(hotels.id, hotel.id));
    const report = await fullReport(h!, { range: "custom", from: addDays(localDate(now, h!.timezone), -60), to: localDate(now, h!.timezone) }, now);
    expect(report["room-service"].total.orders).toBeGreaterThan(100);
    expect(report.breakfast.total.covers).toBeGreaterThan(100);
    expect(report.breakfast.total.no_shows).toBe(0);
    expect(report.chat.total.conversations).toBeGreaterThan(30);
    expect(report.chat.total.answered).toBe(report.chat.total.conversations);
    expect(report.requests.total.requests).toBeGreaterThan(5);

    // Finished: nothing open on a queue, nothing unread, every stay checked out before today.
    const open = await getDb().select({ n: count() }).from(orders).where(and(eq(orders.hotelId, hotel.id), inArray(orders.status, ["PENDING", "ACCEPTED", "PREPARING", "READY", "DELIVERING"])));
    expect(open[0]!.n).toBe(0);
    const openRequests = await getDb().select({ n: count() }).from(serviceRequests).where(and(eq(serviceRequests.hotelId, hotel.id), inArray(serviceRequests.status, ["NEW", "ACKNOWLEDGED", "IN_PROGRESS"])));
    expect(openRequests[0]!.n).toBe(0);
    const unread = await getDb()
      .select({ n: count() })
      .from(conversations)
      .where(and(eq(conversations.hotelId, hotel.id), sql`${conversations.staffReadUpTo} is distinct from (select max(m.id) from ${chatMessages} m where m.conversation_id = ${conversations.id})`));
    expect(unread[0]!.n).toBe(0);
    const stays = await getDb().select({ n: count() }).from(bookings).where(and(eq(bookings.hotelId, hotel.id), isNull(bookings.checkedOutAt)));
    expect(stays[0]!.n).toBe(0);
    const late = await getDb().select({ n: count() }).from(bookings).where(and(eq(bookings.hotelId, hotel.id), gte(bookings.checkOutDate, localDate(now, h!.timezone))));
    expect(late[0]!.n).toBe(0);

    // Once: a second run adds nothing. Deterministic: another hotel gets the same figures.
    const before = await getDb().select({ n: count() }).from(orders).where(eq(orders.hotelId, hotel.id));
    await seedDemoHistory(getDb(), hotel, { planSlug: "grand-harbour", isolated: false }, now);
    const after = await getDb().select({ n: count() }).from(orders).where(eq(orders.hotelId, hotel.id));
    expect(after[0]!.n).toBe(before[0]!.n);
    const twin = await seedOne();
    const [t] = await getDb().select().from(hotels).where(eq(hotels.id, twin.id));
    const again = await fullReport(t!, { range: "custom", from: addDays(localDate(now, t!.timezone), -60), to: localDate(now, t!.timezone) }, now);
    expect(again["room-service"].total).toEqual(report["room-service"].total);
    expect(again.chat.total).toEqual(report.chat.total);

    // A test copy of the demo (a prefixed seed) gets no history.
    const copy = await testHotel("Copy", "Europe/Lisbon");
    await seedDemoHistory(getDb(), copy, { planSlug: "grand-harbour", isolated: true }, now);
    const copies = await getDb().select({ n: count() }).from(bookings).where(and(eq(bookings.hotelId, copy.id), like(bookings.reference, "%-H%")));
    expect(copies[0]!.n).toBe(0);
  });
});
