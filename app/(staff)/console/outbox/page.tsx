import type { Metadata } from "next";
import Link from "next/link";
import { formatInstant } from "@/components/console/format";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { listHotelEmails } from "@/lib/email/outbox";
import { mailTransportName } from "@/lib/email/transport";
import { TableShell } from "@/components/console/table-shell";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  const messages = await listHotelEmails({ hotelId: ctx.hotel.id });
  const dev = mailTransportName() === "dev-outbox";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="text-sm text-stone-700">
        {dev
          ? "No SMTP server is configured (SMTP_URL), so emails are kept here instead of being sent. Open one to see what the guest would receive; the guest link itself is never stored (only its hash), so it is removed from these copies."
          : "Emails sent over SMTP. Stored copies have the guest link removed."}
      </p>
      {messages.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">No emails yet.</p>
      ) : (
        <TableShell caption="Emails" headers={["When", "To", "Subject", "Booking", "Status"]}>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td className="whitespace-nowrap px-3 py-2">{formatInstant(m.createdAt, ctx.hotel.timezone)}</td>
                  <td className="px-3 py-2">{m.toAddress}</td>
                  <td className="px-3 py-2">
                    <Link href={`/console/outbox/${m.id}`} className="text-brand-700 underline">
                      {m.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2 font-mono">{m.bookingReference ?? "—"}</td>
                  <td className="px-3 py-2">
                    {m.status} <span className="text-xs text-stone-600">({m.transport})</span>
                  </td>
                </tr>
              ))}
            </TableShell>
      )}
    </div>
  );
}
