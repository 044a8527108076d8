import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import { formatReference } from "@/lib/bookings/reference";
import { getDb } from "@/lib/db/client";
import { createBooking, createHotel, createStaff, findHotelBySlug, type StayFixture } from "@/lib/demo/builders";
import { bookings, guestBookingTokens, hotels, staffUsers, type StaffRole, type TokenPurpose } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { issueToken } from "@/lib/tokens/issue";
import { generateRawToken, hashToken } from "@/lib/tokens/crypto";
import { tokenExpiry } from "@/lib/tokens/expiry";
import { localDate } from "@/lib/time/zoned";
import { seedDemoHistory } from "./history";
import { seedDemoRequests } from "./requests";
import { seedHotelExtras } from "./seed-extras";

const DEMO_PASSWORD = "hotel-demo-2026";

export type SeedDocument = {
  app_url: string;
  hotels: { slug: string; name: string; timezone: string; currency: string }[];
  bookings: { reference: string; hotel_slug: string; state: StayFixture; check_in: string; check_out: string; guest_name: string; room_number: string | null; language: string | null }[];
  links: { booking: string; hotel_slug: string; purpose: TokenPurpose; url: string; token: string; can_chat: boolean; can_order_services: boolean }[];
  staff: { email: string; password: string; role: StaffRole; hotel: string; hotel_slug: string; name: string }[];
};

type LinkPlan = { purpose: TokenPurpose; canChat?: boolean; canOrderServices?: boolean };

type HotelPlan = {
  slug: string;
  name: string;
  timezone: string;
  currency: string;
  phone: string;
  // `language`: the guest's language on the booking (none: not known). `email`: when the first name is not a plain address.
  bookings: { state: StayFixture; guest: string; room?: string; language?: Locale; email?: string; extraLinks?: LinkPlan[] }[];
  staff: { local: string; name: string; role: StaffRole }[];
};

const PLANS: HotelPlan[] = [
  {
    slug: "grand-harbour",
    name: "Grand Harbour Hotel",
    timezone: "Europe/Lisbon",
    currency: "EUR",
    phone: "+351 21 000 0100",
    bookings: [
      { state: "arriving", guest: "Ana Ribeiro" },
      { state: "in_house", guest: "James Carter", room: "204", extraLinks: [{ purpose: "STATUS" }, { purpose: "ROOM_SERVICES", canChat: false }] },
      { state: "departed", guest: "Sofia Marques", room: "102" },
      { state: "cancelled", guest: "Liam O'Brien", language: "en" },
      { state: "upcoming", guest: "Mei Tanaka" },
      // A second guest in house, so room service and orders can be tried from two rooms (in German).
      { state: "in_house", guest: "Noah Fischer", room: "301", language: "de" },
      // The first booking of each state is English or not known: tests open those portals and read their
      // emails in English. The guests below come after every booking the tests know (references,
      // names and states unchanged) and are upcoming, so no room, order or list of today changes;
      // each has its link, to see the portal in that language.
      { state: "upcoming", guest: "Inês Carvalho", language: "pt", email: "ines.carvalho@example.com" },
      { state: "upcoming", guest: "Amira Haddad", language: "ar" },
      { state: "upcoming", guest: "Camille Laurent", language: "fr" },
    ],
    staff: [
      { local: "admin", name: "Alex Admin", role: "ADMIN" },
      { local: "frontdesk", name: "Frankie Desk", role: "FRONT_DESK" },
      { local: "kitchen", name: "Kim Kitchen", role: "KITCHEN" },
      { local: "housekeeping", name: "Harper Housekeeping", role: "HOUSEKEEPING" },
      { local: "manager", name: "Morgan Manager", role: "MANAGER" },
    ],
  },
  {
    slug: "alpine-lodge",
    name: "Alpine Lodge",
    timezone: "Europe/Zurich",
    currency: "CHF",
    phone: "+41 44 000 01 00",
    bookings: [
      { state: "in_house", guest: "Lukas Meier", room: "201" },
      { state: "arriving", guest: "Clara Weber" },
      { state: "upcoming", guest: "Lucía Fernández", language: "es", email: "lucia.fernandez@example.com" },
    ],
    staff: [{ local: "frontdesk", name: "Fritz Desk", role: "FRONT_DESK" }],
  },
];

/**
 * Creates the demo hotels (or, with a prefix, an isolated copy for one test worker) and issues
 * fresh links. Re-running keeps existing data and only issues new links (old ones stay valid).
 */
export async function seedDemo(opts: { appUrl: string; prefix?: string }): Promise<SeedDocument> {
  const db = getDb();
  const p = opts.prefix ? `${opts.prefix.toLowerCase()}-` : "";
  const doc: SeedDocument = { app_url: opts.appUrl, hotels: [], bookings: [], links: [], staff: [] };

  for (const plan of PLANS) {
    const slug = `${p}${plan.slug}`;
    const hotel =
      (await findHotelBySlug(db, slug)) ??
      (await createHotel(db, { slug, name: plan.name, timezone: plan.timezone, currency: plan.currency, phone: plan.phone }));
    doc.hotels.push({ slug, name: hotel.name, timezone: hotel.timezone, currency: hotel.currency });
    // Demo bookings take the hotel's first numbers of this (local) year, as the console would.
    const year = Number(localDate(new Date(), hotel.timezone).slice(0, 4));

    for (const [i, b] of plan.bookings.entries()) {
      const reference = formatReference(hotel.referencePrefix, year, i + 1);
      const [existing] = await db.select().from(bookings).where(eq(bookings.reference, reference));
      const email = b.email ?? `${b.guest.split(" ")[0]?.toLowerCase()}@example.com`;
      const booking = existing ?? (await createBooking(db, hotel, { state: b.state, reference, guestName: b.guest, email, roomNumber: b.room, language: b.language ?? null }));
      doc.bookings.push({
        reference,
        hotel_slug: slug,
        state: b.state,
        check_in: booking.checkInDate,
        check_out: booking.checkOutDate,
        guest_name: booking.primaryGuestName,
        room_number: booking.roomId ? (b.room ?? null) : null,
        language: booking.language,
      });
      const links: LinkPlan[] = [{ purpose: "FULL_ACCESS" }, ...(b.extraLinks ?? [])];
      for (const l of links) {
        const canChat = l.canChat !== false;
        const canOrderServices = l.canOrderServices !== false;
        let raw: string;
        if (booking.status === "CONFIRMED") {
          raw = (await issueToken({ hotelId: hotel.id, bookingId: booking.id, purpose: l.purpose, canChat, canOrderServices, label: "Demo link" })).raw;
        } else {
          // A link of a cancelled booking, to show what its guest sees; issuing normally refuses this.
          raw = generateRawToken();
          await db.insert(guestBookingTokens).values({
            hotelId: hotel.id,
            bookingId: booking.id,
            tokenHash: hashToken(raw),
            purpose: l.purpose,
            label: "Demo link",
            expiresAt: tokenExpiry(booking, hotel),
          });
        }
        doc.links.push({ booking: reference, hotel_slug: slug, purpose: l.purpose, url: `${opts.appUrl}/g/${raw}`, token: raw, can_chat: canChat, can_order_services: canOrderServices });
      }
    }

    // Bookings made in the console continue after the demo's references.
    const next = plan.bookings.length + 1;
    await db
      .update(hotels)
      .set({
        nextBookingNumber: sql`case when ${hotels.bookingNumberYear} = ${year} then greatest(${hotels.nextBookingNumber}, ${next}) else ${next} end`,
        bookingNumberYear: year,
      })
      .where(and(eq(hotels.id, hotel.id), or(isNull(hotels.bookingNumberYear), lte(hotels.bookingNumberYear, year))));

    await seedHotelExtras({ db, hotel, planSlug: plan.slug });

    for (const s of plan.staff) {
      const email = `${s.local}${opts.prefix ? `+${opts.prefix.toLowerCase()}` : ""}@${plan.slug}.example`;
      const [exists] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email));
      if (!exists) await createStaff(db, { email, name: s.name, password: DEMO_PASSWORD, memberships: [{ hotelId: hotel.id, role: s.role }] });
      doc.staff.push({ email, password: DEMO_PASSWORD, role: s.role, hotel: slug, hotel_slug: slug, name: s.name });
    }
    // Requests last: staff have taken some of them on.
    await seedDemoRequests(db, hotel, plan.slug);
    await seedDemoHistory(db, hotel, { planSlug: plan.slug, isolated: !!opts.prefix });
  }
  return doc;
}

export function formatSeed(doc: SeedDocument): string {
  const lines = [`Demo data ready at ${doc.app_url}`, "", "Staff console: " + `${doc.app_url}/login`];
  for (const s of doc.staff) lines.push(`  ${s.role.padEnd(12)} ${s.email}  password: ${s.password}  (${s.hotel_slug})`);
  lines.push("", "Guest magic links (open one in a browser):");
  for (const b of doc.bookings) {
    for (const l of doc.links.filter((x) => x.booking === b.reference)) {
      lines.push(`  ${b.reference} ${b.guest_name} [${b.state}, ${b.hotel_slug}${b.language ? `, ${b.language}` : ""}] ${l.purpose}${l.can_chat ? "" : " no-chat"}`);
      lines.push(`    ${l.url}`);
    }
  }
  return lines.join("\n");
}
