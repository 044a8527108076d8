import type { BookingDetail } from "@/lib/bookings/booking-detail";
import { parsePartyChange, partyChangeText } from "@/lib/bookings/party-change";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { formatInstant } from "./format";

const KIND_LABELS: Record<string, string> = {
  created: "Booking created",
  checked_in: "Checked in",
  checked_out: "Checked out",
  cancelled: "Cancelled",
  language_changed: "Guest language changed",
  link_issued: "Guest link issued",
  link_revoked: "Guest link revoked",
  links_revoked_all: "All guest links revoked",
  link_replaced: "Guest link replaced",
  link_emailed: "Guest link emailed",
  link_email_failed: "Guest link email failed",
  // Written by the guest's own submit (lib/bookings/precheckin.ts), hence the upper-case kind.
  PRECHECKIN_SUBMITTED: "Pre-check-in received",
};

function describe(details: Record<string, unknown> | null): string {
  if (!details) return "";
  const parts: string[] = [];
  if (typeof details.roomNumber === "string") parts.push(`room ${details.roomNumber}`);
  if (typeof details.purpose === "string") parts.push(details.purpose.replace("_", " ").toLowerCase());
  if (typeof details.to === "string") parts.push(`to ${details.to}`);
  if (typeof details.reason === "string") parts.push(`“${details.reason}”`);
  if (typeof details.count === "number") parts.push(`${details.count} link(s)`);
  if (typeof details.revokedLinks === "number") parts.push(`${details.revokedLinks} link(s) revoked`);
  if ("language" in details) {
    const name = (l: unknown) => (isLocale(l) ? LOCALE_NAMES[l] : "not known");
    parts.push(`${name(details.previousLanguage)} → ${name(details.language)}`);
  }
  const party = parsePartyChange(details);
  if (party) parts.push(`party ${partyChangeText(party)}`);
  return parts.join(" · ");
}

export function AuditTrail({ events, timezone }: { events: BookingDetail["events"]; timezone: string }) {
  if (events.length === 0) return <p className="text-sm text-stone-600">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-2" data-testid="audit-trail">
      {events.map((e) => (
        <li key={e.id} className="flex flex-wrap gap-x-3 border-s-2 border-brand-100 ps-3 text-sm">
          <span className="font-medium">{KIND_LABELS[e.kind] ?? e.kind}</span>
          <span className="text-stone-700">{describe(e.details)}</span>
          <span className="text-stone-600">
            {formatInstant(e.createdAt, timezone)} · {e.staffName ?? (e.details?.via === "guest-link" ? "guest" : "system")}
          </span>
        </li>
      ))}
    </ol>
  );
}
