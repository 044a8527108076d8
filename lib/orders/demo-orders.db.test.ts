import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { bookings, orderLines, orders } from "@/lib/db/schema";
import { seedDemoMenu } from "@/lib/menus/demo-menu";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { seedDemoOrders } from "./demo-orders";

describe("demo orders", () => {
  it("gives in-house and departed guests past and open orders whose totals match their lines; re-running adds nothing", async () => {
    const hotel = await testHotel();
    await seedDemoMenu(getDb(), hotel, "grand-harbour");
    const inHouse = await testBooking(hotel, "in_house");
    await testLink(hotel, inHouse);
    await testBooking(hotel, "departed");
    await testBooking(hotel, "arriving");
    expect(await seedDemoOrders(getDb(), hotel)).toBe(3);
    expect(await seedDemoOrders(getDb(), hotel)).toBe(0);
    const rows = await getDb().select().from(orders).where(eq(orders.hotelId, hotel.id));
    expect(rows.map((o) => o.status).sort()).toEqual(["DELIVERED", "DELIVERED", "PENDING"]);
    expect(rows.find((o) => o.bookingId === inHouse.id && o.status === "PENDING")!.orderedViaTokenId).not.toBeNull();
    for (const o of rows) {
      const lines = await getDb().select().from(orderLines).where(eq(orderLines.orderId, o.id));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.reduce((s, l) => s + l.lineTotalMinor, 0)).toBe(o.totalMinor);
    }
  });
});

describe("demo orders in the guest's language", () => {
  it("a German guest's demo orders keep the German words they would have read beside the kitchen's", async () => {
    const hotel = await testHotel();
    await seedDemoMenu(getDb(), hotel, "grand-harbour");
    const booking = await testBooking(hotel, "in_house");
    await getDb().update(bookings).set({ language: "de" }).where(eq(bookings.id, booking.id));
    await seedDemoOrders(getDb(), hotel);
    const lines = await getDb().select({ name: orderLines.name, guestName: orderLines.guestName, options: orderLines.options }).from(orderLines).innerJoin(orders, eq(orders.id, orderLines.orderId)).where(eq(orders.bookingId, booking.id));
    // Caldo verde keeps its own name everywhere; the burger has a German one.
    expect(lines.map((l) => [l.name, l.guestName])).toContainEqual(["Harbour burger", "Harbour-Burger"]);
    expect(lines.map((l) => [l.name, l.guestName])).toContainEqual(["Caldo verde", null]);
    const chourico = lines.find((l) => l.name === "Caldo verde")!.options[0]!;
    expect(chourico).toMatchObject({ groupName: "Chouriço", label: "With chouriço", guestLabel: "Mit Chouriço" });
    expect(chourico.guestGroupName).toBeUndefined();
  });
});
