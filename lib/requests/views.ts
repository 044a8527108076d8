import { canActOnOrdersNow } from "@/lib/bookings/stay-rules";
import type { Booking, RequestType, ServiceRequest, StaffRole } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { splitGuestName } from "@/lib/orders/order-view";
import { localDate, localTime } from "@/lib/time/zoned";
import { seesFullGuestName } from "./request-roles";
import { isOpenRequest, REQUEST_STATUS_LABELS, staffMovesFrom } from "./transitions";
import { typeInLanguage } from "./type-text";

// The JSON shapes of a request: the guest's, and staff's (the guest's plus room, guest name and
// the moves allowed). `late` and `due` are judged at `now`; `late_at` and `due_from` let screens
// tick on their own clock without re-deriving the rule.

/** A wake-up call is due this long before its time, until it is done. */
export const WAKE_UP_DUE_BEFORE_MS = 10 * 60_000;

export type RequestRow = {
  request: ServiceRequest;
  /** The type as it is now (for its words in the guest's language); null if it vanished. */
  type: Pick<RequestType, "name" | "description" | "translations" | "options"> | null;
  staffName: string | null;
  booking: Pick<Booking, "reference" | "primaryGuestName" | "status" | "checkedInAt" | "checkedOutAt" | "doNotDisturbSince">;
  roomNumber: string | null;
  hotel: { timezone: string; defaultLanguage: string };
};

export type RequestDetailsView = {
  items?: { key: string; label: string; quantity: number }[];
  cleaning?: "NOW" | "SKIP_TODAY";
  description?: string;
  /** The wake-up instant (ISO) and the same in hotel time (YYYY-MM-DDTHH:MM). */
  wake_at?: string;
  wake_at_local?: string;
  /** The check-out time asked for, HH:MM hotel time on the departure day. */
  checkout_time?: string;
};

export type GuestRequestView = {
  id: string;
  type_id: string;
  kind: ServiceRequest["kind"];
  name: string;
  department: ServiceRequest["department"];
  status: ServiceRequest["status"];
  status_label: string;
  details: RequestDetailsView;
  note: string | null;
  promised_at: string;
  due_at: string | null;
  /** When it is (or becomes) late; null: it cannot be late any more. */
  late_at: string | null;
  late: boolean;
  /** Wake-up calls: from when the call is due (10 minutes before); null otherwise. */
  due_from: string | null;
  due: boolean;
  staff_first_name: string | null;
  decline_reason: string | null;
  can_cancel: boolean;
  created_at: string;
  updated_at: string;
  acknowledged_at: string | null;
  started_at: string | null;
  done_at: string | null;
  declined_at: string | null;
  cancelled_at: string | null;
};

export type StaffRequestView = GuestRequestView & {
  booking_ref: string;
  room_number: string | null;
  guest: { first_name: string; initial: string; display_name: string; full_name?: string };
  assigned_staff: { id: string; name: string } | null;
  /** The room is on do-not-disturb now. */
  do_not_disturb: boolean;
  /** Where this staff member may move it next. */
  next_statuses: ServiceRequest["status"][];
  /** The guest's language (emails about it are in it). */
  language: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The one lateness rule: a wake-up call is late once its time passes undone; anything else still NEW after its promise. */
export function requestLateAt(r: Pick<ServiceRequest, "kind" | "status" | "promisedAt" | "dueAt">): Date | null {
  if (r.kind === "WAKE_UP") return isOpenRequest(r.status) && r.dueAt ? r.dueAt : null;
  return r.status === "NEW" ? r.promisedAt : null;
}

export function requestDueFrom(r: Pick<ServiceRequest, "kind" | "status" | "dueAt">): Date | null {
  return r.kind === "WAKE_UP" && isOpenRequest(r.status) && r.dueAt ? new Date(r.dueAt.getTime() - WAKE_UP_DUE_BEFORE_MS) : null;
}

export const isRequestLate = (r: Pick<ServiceRequest, "kind" | "status" | "promisedAt" | "dueAt">, now: Date): boolean => {
  const at = requestLateAt(r);
  return at !== null && now.getTime() >= at.getTime();
};

function detailsView(row: RequestRow, itemLabel: (key: string, fallback: string) => string): RequestDetailsView {
  const d = row.request.details;
  const out: RequestDetailsView = {};
  if (d.items) out.items = d.items.map((i) => ({ key: i.key, label: itemLabel(i.key, i.label), quantity: i.quantity }));
  if (d.cleaning) out.cleaning = d.cleaning;
  if (d.description) out.description = d.description;
  if (d.wakeAt) {
    const at = new Date(d.wakeAt);
    out.wake_at = at.toISOString();
    out.wake_at_local = `${localDate(at, row.hotel.timezone)}T${localTime(at, row.hotel.timezone)}`;
  }
  if (d.checkoutTime) out.checkout_time = d.checkoutTime;
  return out;
}

const firstName = (name: string | null) => (name ? (name.trim().split(/\s+/)[0] ?? null) : null);

/** The guest's view, in `language` where the hotel translated the type (else the hotel's words). */
export function guestRequestView(row: RequestRow, now: Date, language: Locale | null): GuestRequestView {
  const r = row.request;
  const words = row.type ? typeInLanguage(row.type, language, row.hotel.defaultLanguage) : null;
  const lateAt = requestLateAt(r);
  const dueFrom = requestDueFrom(r);
  return {
    id: r.id,
    type_id: r.typeId,
    kind: r.kind,
    name: words?.name ?? r.typeName,
    department: r.department,
    status: r.status,
    status_label: REQUEST_STATUS_LABELS[r.status],
    details: detailsView(row, words?.itemLabel ?? ((_k, fallback) => fallback)),
    note: r.note,
    promised_at: r.promisedAt.toISOString(),
    due_at: iso(r.dueAt),
    late_at: iso(lateAt),
    late: lateAt !== null && now.getTime() >= lateAt.getTime(),
    due_from: iso(dueFrom),
    due: dueFrom !== null && now.getTime() >= dueFrom.getTime(),
    staff_first_name: firstName(row.staffName),
    decline_reason: r.declineReason,
    can_cancel: r.status === "NEW" && canActOnOrdersNow(row.booking),
    created_at: r.createdAt.toISOString(),
    updated_at: r.updatedAt.toISOString(),
    acknowledged_at: iso(r.acknowledgedAt),
    started_at: iso(r.startedAt),
    done_at: iso(r.doneAt),
    declined_at: iso(r.declinedAt),
    cancelled_at: iso(r.cancelledAt),
  };
}

/** Staff's view: the hotel's own words, the room and the guest's name (full only for the desk), never contact details. */
export function staffRequestView(row: RequestRow, role: StaffRole, now: Date): StaffRequestView {
  const name = splitGuestName(row.booking.primaryGuestName);
  const base = guestRequestView(row, now, null);
  return {
    ...base,
    // Staff cannot cancel; they decline.
    can_cancel: false,
    booking_ref: row.booking.reference,
    room_number: row.roomNumber,
    guest: seesFullGuestName(role) ? { ...name, full_name: row.booking.primaryGuestName } : name,
    assigned_staff: row.request.assignedStaffId && row.staffName ? { id: row.request.assignedStaffId, name: row.staffName } : null,
    do_not_disturb: row.booking.doNotDisturbSince !== null && !row.booking.checkedOutAt,
    next_statuses: [...staffMovesFrom(row.request.status)],
    language: row.request.language,
  };
}
