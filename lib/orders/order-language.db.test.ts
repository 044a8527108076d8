import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createBooking } from "@/lib/demo/builders";
import { hotels, orderLines, type Hotel } from "@/lib/db/schema";
import { createCategory } from "@/lib/menus/edit-categories";
import { createItem, updateItem } from "@/lib/menus/edit-items";
import { menuCategorySchema, menuItemPatchSchema, menuItemSchema } from "@/lib/menus/schemas";
import { testHotel, testLink } from "@/lib/testing/fixtures";
import { guestOf, orderHotel } from "@/lib/testing/orders";
import type { GuestAccess } from "@/lib/tokens/validate";
import { changeBreakfastOrder } from "./breakfast/change-breakfast-order";
import { placeBreakfastOrder } from "./breakfast/place-breakfast-order";
import { breakfastChangeSchema, breakfastOrderSchema } from "./breakfast/schemas";
import { breakfastListForDate, listGuestBreakfastOrders } from "./breakfast/views";
import { listGuestOrders, readGuestOrder } from "./guest-orders";
import { orderLocale } from "./order-language";
import { placeRoomServiceOrder } from "./place-room-service-order";
import { roomServiceOrderSchema } from "./schemas";
import { readStaffOrder } from "./staff-orders";

// An order placed in another language than the hotel's (issue 24): each line keeps the hotel's
// words (`name`, the options' groupName/label: the kitchen's and the console's) and what the guest
// read (`guest_name`, guestGroupName/guestLabel); the guest's views show theirs, staff views the hotel's.

const body = (v: unknown) => roomServiceOrderSchema.parse(v);
const NOW = new Date("2026-07-01T12:00:00Z");

async function germanMenu() {
  const h = await orderHotel();
  const group = h.burger.optionGroups[0]!;
  const burger = await updateItem(
    h.menuActor,
    h.burger.id,
    parseItemPatch({
      translations: { de: { name: "Rindfleischburger", description: "Mit Pommes" }, fr: { name: "Burger de bœuf" } },
      optionGroups: [{ ...group, translations: { de: "Extras dazu" }, choices: group.choices.map((c) => ({ ...c, translations: c.label === "+ bacon" ? { de: "+ Speck" } : {} })) }],
    }),
  );
  const [bacon, cheese] = burger.optionGroups[0]!.choices.map((c) => c.id);
  return { ...h, burger, bacon: bacon!, cheese: cheese! };
}
const parseItemPatch = (v: unknown) => menuItemPatchSchema.parse(v);

const linesOf = (orderId: string) => getDb().select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position));
const staffCtx = (h: Awaited<ReturnType<typeof orderHotel>>, role: "ADMIN" | "KITCHEN") => ({ hotel: h.hotel, role, staff: { id: h.staffId, name: "Sam Staff", email: "s@example.com" } });

describe("room service ordered in the guest's language", () => {
  it("keeps the kitchen's words and the guest's on each line; the guest's views show theirs, staff views the hotel's", async () => {
    const h = await germanMenu();
    const guest = await guestOf(h.hotel);
    const placed = await placeRoomServiceOrder(guest, body({ items: [{ item_id: h.burger.id, quantity: 1, options: [h.bacon, h.cheese] }, { item_id: h.juice.id, quantity: 2 }] }), { now: NOW, locale: "de" });

    const [burger, juice] = await linesOf(placed.order_id);
    expect(burger).toMatchObject({ name: "Burger", guestName: "Rindfleischburger" });
    expect(burger!.options).toEqual([
      { groupId: h.burger.optionGroups[0]!.id, groupName: "Extras", choiceId: h.bacon, label: "+ bacon", priceDeltaMinor: 300, guestGroupName: "Extras dazu", guestLabel: "+ Speck" },
      // Untranslated choice: the guest read the hotel's label, so nothing more is kept.
      { groupId: h.burger.optionGroups[0]!.id, groupName: "Extras", choiceId: h.cheese, label: "+ cheese", priceDeltaMinor: 150, guestGroupName: "Extras dazu" },
    ]);
    // An untranslated dish: the guest saw the hotel's name.
    expect(juice).toMatchObject({ name: "Juice", guestName: null, options: [] });

    const mine = await readGuestOrder(guest, placed.order_id);
    expect(mine.lines.map((l) => [l.name, l.options.map((o) => [o.group, o.label])])).toEqual([
      ["Rindfleischburger", [["Extras dazu", "+ Speck"], ["Extras dazu", "+ cheese"]]],
      ["Juice", []],
    ]);
    expect((await listGuestOrders(guest, { type: "ROOM_SERVICE" })).orders[0]!.lines.map((l) => l.name)).toEqual(["Rindfleischburger", "Juice"]);

    // The console and the kitchen ticket (both the staff view) read the dish the cook knows.
    for (const role of ["ADMIN", "KITCHEN"] as const) {
      const staff = await readStaffOrder(staffCtx(h, role), placed.order_id);
      expect(staff.lines.map((l) => [l.name, l.options.map((o) => [o.group, o.label])])).toEqual([
        ["Burger", [["Extras", "+ bacon"], ["Extras", "+ cheese"]]],
        ["Juice", []],
      ]);
    }

    // A later translation or rename changes neither snapshot.
    await updateItem(h.menuActor, h.burger.id, parseItemPatch({ name: "Smash burger", translations: { de: { name: "Smashburger" } } }));
    expect((await readGuestOrder(guest, placed.order_id)).lines[0]!.name).toBe("Rindfleischburger");
    expect((await readStaffOrder(staffCtx(h, "KITCHEN"), placed.order_id)).lines[0]!.name).toBe("Burger");
  });

  it("in the hotel's own language, or one without translations, the line keeps the hotel's words only", async () => {
    const h = await germanMenu();
    const guest = await guestOf(h.hotel);
    for (const locale of ["en", "es"] as const) {
      const placed = await placeRoomServiceOrder(guest, body({ items: [{ item_id: h.burger.id, quantity: 1, options: [h.bacon] }] }), { now: NOW, locale });
      const [line] = await linesOf(placed.order_id);
      expect(line).toMatchObject({ name: "Burger", guestName: null });
      expect(line!.options[0]).toEqual({ groupId: h.burger.optionGroups[0]!.id, groupName: "Extras", choiceId: h.bacon, label: "+ bacon", priceDeltaMinor: 300 });
      expect((await readGuestOrder(guest, placed.order_id)).lines[0]!.name).toBe("Burger");
    }
  });

  it("without a locale from the route: the body's language, else the booking's, else the hotel's", async () => {
    const h = await germanMenu();
    const guest = await guestOf(h.hotel);
    const nameOf = async (placed: { order_id: string }) => (await linesOf(placed.order_id))[0]!.guestName;
    const one = { items: [{ item_id: h.burger.id, quantity: 1 }] };
    expect(await nameOf(await placeRoomServiceOrder(guest, body({ ...one, language: "fr-BE" }), { now: NOW }))).toBe("Burger de bœuf");
    expect(await nameOf(await placeRoomServiceOrder(guest, body(one), { now: NOW }))).toBeNull();
    const german: GuestAccess = { ...guest, booking: { ...guest.booking, language: "de" } };
    expect(await nameOf(await placeRoomServiceOrder(german, body(one), { now: NOW }))).toBe("Rindfleischburger");
    // A language we do not have is no language: the booking's again.
    expect(await nameOf(await placeRoomServiceOrder(german, body({ ...one, language: "it" }), { now: NOW }))).toBe("Rindfleischburger");
    expect(body({ ...one, language: "it" }).language).toBeUndefined();
    expect(roomServiceOrderSchema.safeParse({ ...one, language: 7 }).success).toBe(false);
  });
});

describe("the language of an order request (as the portal's pages choose theirs)", () => {
  const who = (booking: string | null, hotelDefault = "en") => ({ booking: { language: booking }, hotel: { defaultLanguage: hotelDefault } });
  const req = (headers: Record<string, string>) => new Request("http://localhost/api/public/hotel/x/room-services/order/", { method: "POST", headers });

  it("the body's language, the device's pick (guest_lang cookie), the booking's, Accept-Language, the hotel's default", () => {
    const all = req({ cookie: "guest_token=abc; guest_lang=fr", "accept-language": "es-ES,es;q=0.9" });
    expect(orderLocale(who("de"), "ar", all)).toBe("ar");
    expect(orderLocale(who("de"), undefined, all)).toBe("fr");
    // The booking's language comes before the browser's.
    expect(orderLocale(who("de"), undefined, req({ "accept-language": "es-ES,es;q=0.9" }))).toBe("de");
    expect(orderLocale(who(null), undefined, req({ "accept-language": "es-ES,es;q=0.9" }))).toBe("es");
    expect(orderLocale(who(null, "pt"), undefined, req({ "accept-language": "ja-JP" }))).toBe("pt");
    expect(orderLocale(who(null, "pt"), undefined, req({ cookie: "guest_lang=xx" }))).toBe("pt");
    expect(orderLocale(who("de"), null)).toBe("de");
  });
});

describe("breakfast ordered and changed in the guest's language", () => {
  it("keeps both words when placed and when its items change; the breakfast list counts the hotel's", async () => {
    const at = new Date("2030-07-10T10:00:00Z");
    const hotel = await testHotel();
    const actor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel };
    const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Breakfast" }));
    const pancakes = await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Pancakes", priceMinor: 1050, onRoomService: false, onBreakfast: true, translations: { pt: { name: "Panquecas" } } }));
    const toast = await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Avocado toast", priceMinor: 1150, onRoomService: false, onBreakfast: true, translations: { pt: { name: "Tosta de abacate" } } }));
    const booking = await createBooking(getDb(), hotel, { state: "in_house", now: at });
    const { token } = await testLink(hotel, booking);
    const [fresh] = await getDb().select().from(hotels).where(eq(hotels.id, hotel.id));
    const g: GuestAccess = { token, booking, hotel: fresh as Hotel, roomNumber: null };

    const placed = await placeBreakfastOrder(g, breakfastOrderSchema.parse({ delivery_date: "2030-07-11", time_slot: "08:00", guests: 1, items: [{ item_id: pancakes.id, quantity: 1 }], language: "pt" }), { now: at });
    expect((await linesOf(placed.answer.order_id)).map((l) => [l.name, l.guestName])).toEqual([["Pancakes", "Panquecas"]]);

    await changeBreakfastOrder(g, placed.answer.order_id, breakfastChangeSchema.parse({ items: [{ item_id: toast.id, quantity: 2 }, { item_id: pancakes.id, quantity: 1 }] }), { now: at, locale: "pt" });
    expect((await linesOf(placed.answer.order_id)).map((l) => [l.name, l.guestName])).toEqual([["Avocado toast", "Tosta de abacate"], ["Pancakes", "Panquecas"]]);
    expect((await listGuestBreakfastOrders(g, at)).orders[0]!.lines.map((l) => l.name)).toEqual(["Tosta de abacate", "Panquecas"]);

    const list = await breakfastListForDate(fresh as Hotel, "2030-07-11", "KITCHEN");
    expect(JSON.stringify(list)).not.toMatch(/Panquecas|Tosta/);
    expect(JSON.stringify(list)).toContain("Avocado toast");

    // A change that carries `language` alone changes nothing, and is refused as such.
    expect(breakfastChangeSchema.safeParse({ language: "pt" }).success).toBe(false);
  });
});
