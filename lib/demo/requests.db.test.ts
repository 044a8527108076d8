import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hotels, requestTypes, serviceRequests } from "@/lib/db/schema";
import { hotelGuideSchema } from "@/lib/hotels/guide";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { localDate, zonedToUtc } from "@/lib/time/zoned";
import { createStaff } from "./builders";
import { demoGuide, seedDemoGuide } from "./guide";
import { seedDemoRequests } from "./requests";

describe("demo requests", () => {
  it("gives the in-house stays one request in each state, with the domain's promises and moves; re-running adds nothing", async () => {
    const hotel = await testHotel(); // with the default request types, as every hotel
    const first = await testBooking(hotel, "in_house");
    const second = await testBooking(hotel, "in_house");
    const [a, b] = [first, second].sort((x, y) => x.reference.localeCompare(y.reference)) as [typeof first, typeof first];
    const link = await testLink(hotel, a);
    await testLink(hotel, b);
    const housekeeper = await createStaff(getDb(), { email: `hk-${hotel.slug}@t.example`, name: "Harper H", password: "pw-123456789", memberships: [{ hotelId: hotel.id, role: "HOUSEKEEPING" }] });
    // Noon in the hotel: "earlier today" is three hours ago whatever the clock says when this runs.
    const now = zonedToUtc(localDate(new Date(), hotel.timezone), "12:00", hotel.timezone);

    expect(await seedDemoRequests(getDb(), hotel, "grand-harbour", now)).toBe(4);
    expect(await seedDemoRequests(getDb(), hotel, "grand-harbour", now)).toBe(0);

    const rows = await getDb().select().from(serviceRequests).where(eq(serviceRequests.hotelId, hotel.id)).orderBy(asc(serviceRequests.createdAt));
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(rows.map((r) => [r.kind, r.status, r.bookingId]).sort()).toEqual(
      [
        ["AMENITIES", "NEW", a.id],
        ["CLEANING", "DONE", a.id],
        ["MAINTENANCE", "IN_PROGRESS", b.id],
        ["WAKE_UP", "NEW", b.id],
      ].sort(),
    );
    // Promises as the use case sets them: the type's target after asking; a wake-up call's own time.
    const [towels] = await getDb().select().from(requestTypes).where(eq(requestTypes.id, byKind.AMENITIES!.typeId));
    expect(byKind.AMENITIES!.promisedAt.getTime() - byKind.AMENITIES!.createdAt.getTime()).toBe(towels!.targetMinutes * 60_000);
    expect(byKind.AMENITIES!.createdAt.getTime()).toBeLessThan(now.getTime());
    expect(byKind.WAKE_UP!.dueAt).not.toBeNull();
    expect(byKind.WAKE_UP!.dueAt!.getTime()).toBeGreaterThan(now.getTime());
    // Asked through the stay's link, as the portal would.
    expect(byKind.AMENITIES!.requestedViaTokenId).toBe(link.token.id);
    // Taken on by housekeeping, acknowledged before it was started.
    expect(byKind.MAINTENANCE!.assignedStaffId).toBe(housekeeper.id);
    expect(byKind.MAINTENANCE!.acknowledgedAt!.getTime()).toBeLessThan(byKind.MAINTENANCE!.startedAt!.getTime());
    // Done earlier today, in the past, and already seen by the guest (no outcome email for demo data).
    const done = byKind.CLEANING!;
    expect(done.doneAt!.getTime()).toBeLessThan(now.getTime());
    expect(localDate(done.createdAt, hotel.timezone)).toBe(localDate(now, hotel.timezone));
    expect(done.guestSeenAt!.getTime()).toBeGreaterThanOrEqual(done.doneAt!.getTime());
  });

  it("makes nothing for a hotel without a plan", async () => {
    const hotel = await testHotel();
    await testBooking(hotel, "in_house");
    expect(await seedDemoRequests(getDb(), hotel, "alpine-lodge")).toBe(0);
    expect(await getDb().select().from(serviceRequests).where(eq(serviceRequests.hotelId, hotel.id))).toEqual([]);
  });
});

describe("demo guide", () => {
  it("fills an empty guide with every guest language, and keeps one an admin has written", async () => {
    // What the console's editor would accept, unchanged.
    expect(hotelGuideSchema.parse(demoGuide("grand-harbour"))).toEqual(demoGuide("grand-harbour"));
    const hotel = await testHotel();
    await seedDemoGuide(getDb(), hotel, "grand-harbour");
    const [seeded] = await getDb().select().from(hotels).where(eq(hotels.id, hotel.id));
    expect(seeded!.guide.wifi).toEqual({ network: "Harbour-Guest", password: expect.any(String) });
    expect(seeded!.checkOutTime).toBe("11:00");
    expect(seeded!.guide.hours!.map((h) => h.key)).toEqual(["breakfast", "pool", "spa", "bar", "reception"]);
    expect(seeded!.guide.tips).toHaveLength(3);
    for (const lang of ["pt", "de", "fr", "es", "ar"] as const) {
      const t = seeded!.guide.translations![lang]!;
      expect(Object.keys(t.hours!).sort(), lang).toEqual(["bar", "breakfast", "pool", "reception", "spa"]);
      expect(Object.keys(t.contacts!).sort(), lang).toEqual(seeded!.guide.contacts!.map((c) => c.label).sort());
      expect(t.tips, lang).toHaveLength(3);
      expect(t.houseRules, lang).toBeTruthy();
    }

    const edited = { ...demoGuide("grand-harbour")!, wifi: { network: "Harbour-Staff", password: "changed-by-admin" } };
    await getDb().update(hotels).set({ guide: edited }).where(eq(hotels.id, hotel.id));
    await seedDemoGuide(getDb(), hotel, "grand-harbour");
    const [again] = await getDb().select().from(hotels).where(eq(hotels.id, hotel.id));
    expect(again!.guide.wifi).toEqual({ network: "Harbour-Staff", password: "changed-by-admin" });
  });
});
