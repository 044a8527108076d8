import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hotels, menuItems, orders, type Hotel } from "@/lib/db/schema";
import { itemAvailability } from "@/lib/menus/availability";
import { createCategory } from "@/lib/menus/edit-categories";
import { createItem } from "@/lib/menus/edit-items";
import { roomServiceAllDay } from "@/lib/menus/hours";
import { menuCategorySchema, menuItemSchema } from "@/lib/menus/schemas";
import { listGuestOrders } from "@/lib/orders/guest-orders";
import { placeRoomServiceOrder } from "@/lib/orders/place-room-service-order";
import { roomServiceOrderSchema } from "@/lib/orders/schemas";
import { guestOf, orderHotel } from "@/lib/testing/orders";
import { testHotel } from "@/lib/testing/fixtures";
import { zonedToUtc } from "@/lib/time/zoned";
import { hotelSettingsSchema, HOTEL_SETTING_FIELDS, updateHotelSettings } from "./settings";

const settingsOf = (h: Hotel, over: Record<string, unknown>) => hotelSettingsSchema.parse({ ...Object.fromEntries(HOTEL_SETTING_FIELDS.map((f) => [f, h[f]])), ...over });
const hotelRow = async (id: string) => (await getDb().select().from(hotels).where(eq(hotels.id, id)))[0]!;

describe("the hotel's currency", () => {
  it("may change while nothing is priced; once a menu item has a price it is refused with 409 and stays", async () => {
    const hotel = await testHotel();
    const actor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel };
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Drinks" }));
    await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Tap water", priceMinor: 0 }));
    expect((await updateHotelSettings({ hotelId: hotel.id, input: settingsOf(await hotelRow(hotel.id), { currency: "USD" }) })).currency).toBe("USD");

    await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Juice", priceMinor: 450 }));
    await expect(updateHotelSettings({ hotelId: hotel.id, input: settingsOf(await hotelRow(hotel.id), { currency: "GBP" }) })).rejects.toMatchObject({ code: "CONFLICT", status: 409, message: expect.stringContaining("USD") });
    expect((await hotelRow(hotel.id)).currency).toBe("USD");
    // Other settings still save, with the currency unchanged.
    expect((await updateHotelSettings({ hotelId: hotel.id, input: settingsOf(await hotelRow(hotel.id), { name: "Renamed Hotel" }) })).name).toBe("Renamed Hotel");
  });

  it("is refused once the hotel has orders, even with no priced item left", async () => {
    const { hotel, juice } = await orderHotel();
    const guest = await guestOf(hotel);
    await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 1 }] }));
    await getDb().update(menuItems).set({ priceMinor: 0 }).where(eq(menuItems.hotelId, hotel.id));
    // The test hotel's kitchen never closes (00:00–00:00), which the settings form does not accept.
    await expect(updateHotelSettings({ hotelId: hotel.id, input: settingsOf(await hotelRow(hotel.id), { currency: "USD", roomServiceCloses: "23:00" }) })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("the stay total is one sum per currency, never a sum across currencies", async () => {
    const { hotel, juice, burger } = await orderHotel();
    const guest = await guestOf(hotel);
    await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: juice.id, quantity: 2 }] }));
    const other = await placeRoomServiceOrder(guest, roomServiceOrderSchema.parse({ items: [{ item_id: burger.id, quantity: 1 }] }));
    // An order priced in another currency (as before a currency change was refused).
    await getDb().update(orders).set({ currency: "USD" }).where(eq(orders.id, other.order_id));
    const list = await listGuestOrders(guest);
    expect(list.stay_totals).toEqual([
      { currency: "EUR", total: "9.00", total_minor: 900 },
      { currency: "USD", total: "18.00", total_minor: 1800 },
    ]);
    expect(list).toMatchObject({ currency: "EUR", stay_total: "9.00", stay_total_minor: 900 });
  });
});

describe("room service round the clock", () => {
  it("'Open 24 hours' saves as equal times, which the menu serves at any hour; equal times without it are refused", async () => {
    const { hotel, juice } = await orderHotel();
    const form = (over: Record<string, unknown>) => ({ ...Object.fromEntries(HOTEL_SETTING_FIELDS.map((f) => [f, hotel[f]])), roomServiceOpens: "07:00", roomServiceCloses: "07:00", ...over });
    const refused = hotelSettingsSchema.safeParse(form({}));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join("."))).toEqual(["roomServiceCloses"]);

    const saved = await updateHotelSettings({ hotelId: hotel.id, input: hotelSettingsSchema.parse(form({ roomServiceAllDay: "true", roomServiceOpens: "09:00", roomServiceCloses: "17:00" })) });
    expect([saved.roomServiceOpens, saved.roomServiceCloses]).toEqual(["00:00", "00:00"]);
    expect(itemAvailability(juice, "room_service", saved, zonedToUtc("2026-03-10", "03:30", saved.timezone)).orderable).toBe(true);
    expect(roomServiceAllDay(saved)).toBe(true);

    // Unticked again: hours as typed.
    const hours = await updateHotelSettings({ hotelId: hotel.id, input: hotelSettingsSchema.parse(form({ roomServiceAllDay: "false", roomServiceOpens: "09:00", roomServiceCloses: "17:00" })) });
    expect([hours.roomServiceOpens, hours.roomServiceCloses]).toEqual(["09:00", "17:00"]);
    expect(itemAvailability(juice, "room_service", hours, zonedToUtc("2026-03-10", "03:30", hours.timezone)).orderable).toBe(false);
  });
});
