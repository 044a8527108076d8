import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { createStaff, type StayFixture } from "@/lib/demo/builders";
import { randomBytes } from "node:crypto";
import type { TokenPurpose } from "@/lib/db/schema";
import { createCategory } from "@/lib/menus/edit-categories";
import { createItem } from "@/lib/menus/edit-items";
import { menuCategorySchema, menuItemSchema } from "@/lib/menus/schemas";
import { testBooking, testHotel, testLink } from "@/lib/testing/fixtures";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";

// Shared by the order tests: a hotel whose kitchen is open around the clock (results do not depend
// on when the test runs), a small menu, and a signed-in guest.

export async function orderHotel() {
  const hotel = await testHotel();
  await getDb().execute(sql`update hotels set room_service_opens = '00:00', room_service_closes = '00:00' where id = ${hotel.id}`);
  const actor = { staffId: "00000000-0000-4000-8000-0000000000aa", hotel };
  const cat = await createCategory(actor, menuCategorySchema.parse({ name: "Mains" }));
  const burger = await createItem(
    actor,
    menuItemSchema.parse({ categoryId: cat.id, name: "Burger", priceMinor: 1800, prepMinutes: 20, optionGroups: [{ name: "Extras", maxChoices: 2, choices: [{ label: "+ bacon", priceDeltaMinor: 300 }, { label: "+ cheese", priceDeltaMinor: 150 }] }] }),
  );
  const juice = await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Juice", priceMinor: 450, prepMinutes: 5 }));
  const pancakes = await createItem(actor, menuItemSchema.parse({ categoryId: cat.id, name: "Pancakes", priceMinor: 900, onRoomService: false, onBreakfast: true }));
  const member = await createStaff(getDb(), { email: `s-${randomBytes(4).toString("hex")}@example.com`, name: "Sam Staff", password: "not-used-here", memberships: [{ hotelId: hotel.id, role: "ADMIN" }] });
  return { hotel: { ...hotel, roomServiceOpens: "00:00", roomServiceCloses: "00:00" }, menuActor: actor, burger, juice, pancakes, staffId: member.id };
}

export async function guestOf(hotel: Awaited<ReturnType<typeof testHotel>>, opts: { state?: StayFixture; purpose?: TokenPurpose; canOrderServices?: boolean } = {}): Promise<GuestAccess> {
  const booking = await testBooking(hotel, opts.state ?? "in_house");
  const { raw } = await testLink(hotel, booking, { purpose: opts.purpose ?? "FULL_ACCESS", canOrderServices: opts.canOrderServices });
  const r = await validateToken(raw);
  if (!r.ok) throw new Error(`test link refused: ${r.reason}`);
  return r;
}
