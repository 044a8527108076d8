import type { Metadata } from "next";
import Link from "next/link";
import { BookingTable } from "@/components/console/booking-table";
import { RefreshOnBookingChange } from "@/components/console/refresh-on-booking-change";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { searchBookingsSchema } from "@/lib/bookings/schemas";
import { SEARCH_LIMIT, searchBookings } from "@/lib/bookings/search-bookings";
import { zodFields } from "@/lib/http/parse";

export const metadata: Metadata = { title: "Bookings" };

const input = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-sm";

export default async function BookingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = searchBookingsSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const errors = parsed.success ? {} : zodFields(parsed.error);
  const rows = parsed.success ? await searchBookings({ hotelId: ctx.hotel.id, filters }) : [];
  return (
    <div className="space-y-6">
      <RefreshOnBookingChange hotelSlug={ctx.hotel.slug} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Bookings</h1>
        <Link href="/console/bookings/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          New booking
        </Link>
      </div>
      <form role="search" aria-label="Search bookings" className="grid grid-cols-1 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium">Name, reference or room</label>
          <input id="q" name="q" type="search" defaultValue={raw.q ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">Status</label>
          <select id="status" name="status" defaultValue={raw.status ?? ""} className={input}>
            <option value="">Any</option>
            <option value="upcoming">Upcoming</option>
            <option value="in_house">In house</option>
            <option value="departed">Departed</option>
            <option value="cancelled">Cancelled</option>
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium">Staying from</label>
          <input id="from" name="from" type="date" defaultValue={raw.from ?? ""} aria-invalid={errors.from ? true : undefined} className={input} />
          {errors.from && <p className="mt-1 text-sm text-red-700">{errors.from[0]}</p>}
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium">Staying until</label>
          <input id="to" name="to" type="date" defaultValue={raw.to ?? ""} aria-invalid={errors.to ? true : undefined} className={input} />
          {errors.to && <p className="mt-1 text-sm text-red-700">{errors.to[0]}</p>}
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Search</button>
          <Link href="/console/bookings" className="rounded-md border border-stone-400 px-4 py-2 text-sm font-medium">Clear</Link>
        </div>
      </form>
      <p className="text-sm text-stone-600" aria-live="polite">
        {rows.length === SEARCH_LIMIT ? `Showing the first ${SEARCH_LIMIT} matches; narrow the search.` : `${rows.length} booking${rows.length === 1 ? "" : "s"}`}
      </p>
      <BookingTable rows={rows} caption="Bookings" empty="No bookings match." />
    </div>
  );
}
