import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BookingTable } from "@/components/console/booking-table";
import { LateCount } from "@/components/console/late-count";
import { CHAT_EVENTS, ORDER_EVENTS } from "@/components/console/live-events";
import { RefreshOnBookingChange } from "@/components/console/refresh-on-booking-change";
import { RefreshOnEvents } from "@/components/console/refresh-on-events";
import { LateRequestsPanel } from "@/components/console/requests/late-requests-panel";
import { REQUEST_EVENTS } from "@/components/console/requests/request-events";
import { formatDate } from "@/components/ui/format";
import { staffPage } from "@/lib/auth/staff-page";
import { waitingChats } from "@/lib/bookings/desk-chats";
import { getToday } from "@/lib/bookings/today";
import { staffOrderFiltersSchema } from "@/lib/orders/schemas";
import { listStaffOrders } from "@/lib/orders/staff-orders";
import { staffChatChannel, staffOrdersChannel, staffRequestsChannel } from "@/lib/realtime/channels";
import { listStaffRequests } from "@/lib/requests/staff-requests";
import { TodayArrivals } from "./_today/today-arrivals";
import { TodayChats } from "./_today/today-chats";
import { TodayOrders } from "./_today/today-orders";

export const metadata: Metadata = { title: "Today" };

const OPEN_OLDEST_FIRST = staffOrderFiltersSchema.parse({ status: "open", sort: "oldest" });

function Section({ id, title, count, action, children }: { id: string; title: string; count: number; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-h`} className="text-lg font-semibold">
          {title} <span className="text-stone-600">({count})</span>
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** The desk's landing page: what needs doing now (orders, waiting guests, arrivals), kept live. */
export default async function TodayPage() {
  const ctx = await staffPage();
  // The kitchen's way in is its screen: signing in (or following any link to Today) lands there.
  if (ctx.role === "KITCHEN") redirect("/kitchen");
  // Likewise housekeeping's work is its request queue, and a manager's the reports.
  if (ctx.role === "HOUSEKEEPING") redirect("/console/requests");
  if (ctx.role === "MANAGER") redirect("/console/reports");
  // One moment for the late requests: the server's list and the panel's first render agree on it.
  const now = new Date();
  const [today, open, chats, requests] = await Promise.all([
    getToday({ hotel: ctx.hotel }),
    listStaffOrders(ctx, OPEN_OLDEST_FIRST),
    waitingChats({ hotelId: ctx.hotel.id, staffId: ctx.staff.id }),
    listStaffRequests(ctx, { status: "open" }, now),
  ]);
  const freeRooms = today.rooms.filter((r) => !r.occupiedBy).map(({ id, number }) => ({ id, number }));
  const counts = [
    { id: "orders", title: "Open orders", value: open.orders.length },
    { id: "late", href: "orders", title: "Late orders", value: <LateCount lateAts={open.orders.map((o) => o.late_at)} /> },
    { id: "chats", title: "Waiting for a reply", value: chats.length },
    { id: "arrivals", title: "Arrivals", value: today.arrivals.length },
    { id: "in-house", title: "In house", value: today.inHouse.length },
    { id: "departures", title: "Departures", value: today.departures.length },
  ];
  return (
    <div className="space-y-8">
      {/* Past the kitchen branch above: only desk roles may hear bookings and chat. */}
      <RefreshOnBookingChange hotelSlug={ctx.hotel.slug} />
      <RefreshOnEvents channel={staffOrdersChannel(ctx.hotel.slug)} events={ORDER_EVENTS} />
      <RefreshOnEvents channel={staffChatChannel(ctx.hotel.slug)} events={CHAT_EVENTS} />
      <RefreshOnEvents channel={staffRequestsChannel(ctx.hotel.slug)} events={REQUEST_EVENTS} />
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
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Counts">
        {counts.map((c) => (
          <li key={c.id}>
            <a href={`#${c.href ?? c.id}`} className="block h-full rounded-lg border border-stone-200 bg-white p-3 hover:border-brand-600">
              <span className="block text-sm font-medium text-stone-700">{c.title}</span>
              <span className="block text-3xl font-semibold text-stone-900" data-testid={`count-${c.id}`}>
                {c.value}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <LateRequestsPanel open={requests.requests} timezone={ctx.hotel.timezone} serverNow={now.getTime()} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="orders" title="Open orders" count={open.orders.length} action={<Link href="/console/orders" className="text-sm text-brand-700 underline">Order queue</Link>}>
          <TodayOrders orders={open.orders} timezone={ctx.hotel.timezone} />
        </Section>
        <Section id="chats" title="Waiting for a reply" count={chats.length} action={<Link href="/console/chat" className="text-sm text-brand-700 underline">Chat</Link>}>
          <TodayChats chats={chats} />
        </Section>
      </div>
      <Section id="arrivals" title="Arrivals" count={today.arrivals.length}>
        <TodayArrivals arrivals={today.arrivals} freeRooms={freeRooms} />
      </Section>
      <Section id="in-house" title="In house" count={today.inHouse.length}>
        <BookingTable rows={today.inHouse} caption="In house" empty="No guests in house." />
      </Section>
      <Section id="departures" title="Departures" count={today.departures.length}>
        <BookingTable rows={today.departures} caption="Departures" empty="No departures left today." />
      </Section>
    </div>
  );
}
