import Link from "next/link";
import type { BookingListItem } from "@/lib/bookings/booking-row";
import { StayBadge } from "@/components/ui/stay-badge";
import { formatDate } from "@/components/ui/format";
import { TableShell } from "@/components/console/table-shell";
import { GuestLanguage } from "@/components/console/language-options";

export function BookingTable({ rows, caption, empty }: { rows: BookingListItem[]; caption: string; empty: string }) {
  if (rows.length === 0) return <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">{empty}</p>;
  return (
    <TableShell caption={caption} headers={["Reference", "Guest", "Stay", "Room", "Guests", "Status"]}>
          {rows.map((b) => (
            <tr key={b.id} className="hover:bg-stone-50">
              <td className="px-3 py-2 font-mono">
                <Link href={`/console/bookings/${b.reference}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                  {b.reference}
                </Link>
              </td>
              <td className="px-3 py-2">
                {b.guestName}
                <GuestLanguage language={b.language} className="block text-xs text-stone-600" testId="guest-language" />
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {formatDate(b.checkInDate)} → {formatDate(b.checkOutDate)}
                {b.lateCheckoutTime && <span className="block text-xs font-medium text-brand-800" data-testid="late-checkout">Late check-out {b.lateCheckoutTime}</span>}
              </td>
              <td className="px-3 py-2">{b.roomNumber ?? "—"}</td>
              <td className="px-3 py-2">
                {b.adults}
                {b.children ? ` + ${b.children}` : ""}
              </td>
              <td className="px-3 py-2">
                <StayBadge state={b.stayState} />
              </td>
            </tr>
          ))}
        </TableShell>
  );
}
