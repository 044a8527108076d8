import Link from "next/link";
import { QuickCheckIn } from "@/components/console/quick-check-in";
import { formatDate } from "@/components/ui/format";
import type { Arrival } from "@/lib/bookings/today";
import { partyLabel } from "@/lib/bookings/party-label";

/** Today's arrivals with what they told us at pre-check-in, each one click from checked in. */
export function TodayArrivals({ arrivals, freeRooms }: { arrivals: Arrival[]; freeRooms: { id: string; number: string }[] }) {
  if (arrivals.length === 0) return <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">No more arrivals expected today.</p>;
  return (
    <ul aria-label="Arrivals" className="grid gap-3 lg:grid-cols-2">
      {arrivals.map((a) => (
        <li key={a.id} data-testid="today-arrival" data-reference={a.reference} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold">
              <bdi>{a.guestName}</bdi>{" "}
              <Link href={`/console/bookings/${a.reference}`} className="font-mono font-normal text-brand-700 underline-offset-2 hover:underline">
                {a.reference}
              </Link>
            </p>
            <p className="text-stone-700">
              {formatDate(a.checkInDate)} → {formatDate(a.checkOutDate)}
            </p>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-stone-600">Guests</dt>
            <dd>{partyLabel(a.adults, a.children)}</dd>
            <dt className="text-stone-600">Arrival time</dt>
            <dd data-testid="arrival-time">{a.arrivalTime ?? "Not given (no pre-check-in)"}</dd>
            {a.specialRequests && (
              <>
                <dt className="text-stone-600">Requests</dt>
                <dd data-testid="arrival-requests" dir="auto" className="whitespace-pre-wrap break-words">
                  {a.specialRequests}
                </dd>
              </>
            )}
          </dl>
          <QuickCheckIn reference={a.reference} guestName={a.guestName} suggested={a.suggestedRoom} freeRooms={a.suggestedRoom ? [a.suggestedRoom, ...freeRooms.filter((r) => r.id !== a.suggestedRoom!.id)] : freeRooms} />
        </li>
      ))}
    </ul>
  );
}
