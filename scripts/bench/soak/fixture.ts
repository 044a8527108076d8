import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bookings, hotels } from "@/lib/db/schema";
import { createBooking, createHotel, createStaff } from "@/lib/demo/builders";
import { seedDemoMenu } from "@/lib/menus/demo-menu";
import { addDays, localDate } from "@/lib/time/zoned";
import { issueToken } from "@/lib/tokens/issue";
import { flushTokenAudit } from "@/lib/tokens/validate";

// The soak's hotel, written straight into PostgreSQL as bench:orders does: a room and an in-house
// booking with a FULL_ACCESS link per guest, the demo menu, room service all day, and a kitchen
// and a front-desk account. Stays run ten more nights and the breakfast cut-off is 23:59, so every
// guest has mornings to order breakfast for whatever the hour of the run.

export type SoakGuest = { index: number; token: string; bookingId: string; ref: string };
export type StaffLogin = { email: string; password: string };
export type SoakHotel = { id: string; slug: string; guests: SoakGuest[]; kitchen: StaffLogin; desk: StaffLogin };

export async function createSoakHotel(guestCount: number): Promise<SoakHotel> {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const rooms = Array.from({ length: guestCount }, (_, i) => String(1000 + i));
  const hotel = await createHotel(db, { slug: `soak-${tag}`, name: "Soak Hotel", rooms });
  await db.update(hotels).set({ roomServiceOpens: "00:00", roomServiceCloses: "00:00", breakfastCutoff: "23:59" }).where(eq(hotels.id, hotel.id));
  await seedDemoMenu(db, hotel, "grand-harbour");
  const checkOut = addDays(localDate(new Date(), hotel.timezone), 10);
  const guests: SoakGuest[] = [];
  for (const [index, room] of rooms.entries()) {
    const booking = await createBooking(db, hotel, { state: "in_house", roomNumber: room, guestName: `Guest ${room}` });
    await db.update(bookings).set({ checkOutDate: checkOut }).where(eq(bookings.id, booking.id));
    const { raw } = await issueToken({ hotelId: hotel.id, bookingId: booking.id, purpose: "FULL_ACCESS", label: "soak" });
    guests.push({ index, token: raw, bookingId: booking.id, ref: booking.reference });
  }
  await flushTokenAudit();
  const password = `soak-${randomUUID()}`;
  const kitchen = { email: `kitchen-${tag}@soak.example`, password };
  const desk = { email: `desk-${tag}@soak.example`, password };
  await createStaff(db, { ...kitchen, name: "Soak Kitchen", memberships: [{ hotelId: hotel.id, role: "KITCHEN" }] });
  await createStaff(db, { ...desk, name: "Soak Desk", memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
  return { id: hotel.id, slug: hotel.slug, guests, kitchen, desk };
}
