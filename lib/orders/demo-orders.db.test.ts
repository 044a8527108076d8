import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { orderLines, orders } from "@/lib/db/schema";
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
