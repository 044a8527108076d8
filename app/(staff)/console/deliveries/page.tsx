import type { Metadata } from "next";
import { formatInstant } from "@/components/console/format";
import { TableShell } from "@/components/console/table-shell";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { listDeadEvents } from "@/lib/realtime/dead-events";
import { RetryButton } from "./retry-button";

export const metadata: Metadata = { title: "Live updates" };

/** Realtime events the dispatcher gave up on, for ADMIN: what failed, and a way to send it again. */
export default async function DeliveriesPage() {
  const ctx = await staffPage(ADMIN_ONLY);
  const dead = await listDeadEvents({ hotelId: ctx.hotel.id, hotelSlug: ctx.hotel.slug });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Live updates that failed</h1>
      <p className="text-sm text-stone-700">
        Screens and guest portals refetch on reconnect, so a lost update is rarely missed for long. These were refused by the realtime service after
        several attempts; retry once the cause is fixed.
      </p>
      {dead.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">No failed deliveries.</p>
      ) : (
        <TableShell caption="Failed deliveries" headers={["Event", "Channels", "Booking", "Attempts", "Last error", "Gave up", <span key="a" className="sr-only">Actions</span>]}>
          {dead.map((e) => (
            <tr key={e.id} className="align-top" data-event-id={e.id}>
              <td className="px-3 py-2 font-mono">{e.name}</td>
              <td className="px-3 py-2 font-mono text-xs">{e.channels.length ? e.channels.join(", ") : "(none: effect only)"}</td>
              <td className="px-3 py-2 font-mono">{e.bookingRef ?? "—"}</td>
              <td className="px-3 py-2">{e.attempts}</td>
              <td className="max-w-xs break-words px-3 py-2 text-xs">{e.lastError ?? "—"}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatInstant(e.deadAt, ctx.hotel.timezone)}</td>
              <td className="px-3 py-2">
                <RetryButton id={e.id} name={e.name} />
              </td>
            </tr>
          ))}
        </TableShell>
      )}
    </div>
  );
}
