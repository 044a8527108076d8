import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BookingTable } from "@/components/console/booking-table";
import { formatDate } from "@/components/ui/format";
import { RefreshOnBookingChange } from "@/components/console/refresh-on-booking-change";
import { staffPage } from "@/lib/auth/staff-page";
import { getToday } from "@/lib/bookings/today";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const ctx = await staffPage();
  // The kitchen's way in is its screen: signing in (or following any link to Today) lands there.
  if (ctx.role === "KITCHEN") redirect("/kitchen");
  const today = await getToday({ hotel: ctx.hotel });
  const sections = [
    { id: "arrivals", title: "Arrivals", rows: today.arrivals, empty: "No more arrivals expected today." },
    { id: "in-house", title: "In house", rows: today.inHouse, empty: "No guests in house." },
    { id: "departures", title: "Departures", rows: today.departures, empty: "No departures left today." },
  ];
  return (
    <div className="space-y-8">
      {/* Past the kitchen branch above: only desk roles may hear booking changes. */}
      <RefreshOnBookingChange hotelSlug={ctx.hotel.slug} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Today</h1>
          <p className="text-sm text-stone-600">
            {formatDate(today.date)} · {ctx.hotel.timezone}
          </p>
        </div>
        <Link href="/console/bookings/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          New booking
        </Link>
      </div>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-3" aria-label="Counts">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
              <span className="block text-sm font-medium text-stone-700">{s.title}</span>
              <span className="block text-3xl font-semibold text-stone-900" data-testid={`count-${s.id}`}>
                {s.rows.length}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {sections.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-h`} className="space-y-2">
          <h2 id={`${s.id}-h`} className="text-lg font-semibold">
            {s.title} <span className="text-stone-600">({s.rows.length})</span>
          </h2>
          <BookingTable rows={s.rows} caption={s.title} empty={s.empty} />
        </section>
      ))}
    </div>
  );
}
