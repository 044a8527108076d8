import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { stayState } from "@/lib/bookings/stay-rules";
import { getDb } from "@/lib/db/client";
import { requestTypes, serviceRequests } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { menuLanguageParam } from "@/lib/menus/guest-menu";
import { orderLocale } from "@/lib/orders/order-language";
import { localDate, localTime } from "@/lib/time/zoned";
import type { GuestAccess } from "@/lib/tokens/validate";
import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { changeRequestStatus } from "./change-request-status";
import { checkOutInstant, WAKE_UP_MIN_AHEAD_MS } from "./kind-details";
import { loadRequests } from "./load-requests";
import { placeServiceRequest } from "./place-request";
import type { GuestRequestInput } from "./schemas";
import { canRequestNow } from "./stay-rule";
import { OPEN_REQUEST_STATUSES } from "./transitions";
import { typeInLanguage } from "./type-text";
import { guestRequestView, type GuestRequestView } from "./views";

// The guest's side of service requests: the types to choose from, their requests, making and
// cancelling one, in the guest's language. Reading a request marks its outcome seen (no email then).

/** The newest requests a guest list shows (a stay's requests are bounded by the per-booking limits). */
export const GUEST_REQUESTS_LIMIT = 100;

/** The guest's language for a request call: `?lang=`, else the portal's choice (lib/orders/order-language.ts). */
export function requestLocale(access: GuestAccess, req: Request): Locale {
  return orderLocale(access, menuLanguageParam(req), req);
}

export type DoNotDisturbView = { on: boolean; since: string | null };

export const doNotDisturbView = (b: { doNotDisturbSince: Date | null }): DoNotDisturbView => ({ on: b.doNotDisturbSince !== null, since: b.doNotDisturbSince?.toISOString() ?? null });

export type GuestRequestTypeView = {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  department: string;
  target_minutes: number;
  /** Whether this booking may ask for it now (the stay rule; one open late check-out). */
  available: boolean;
  options: {
    items?: { key: string; label: string; max: number }[];
    latest_checkout?: string;
    /** Late check-out: the earliest time to ask for is after this (the hotel's check-out time). */
    after?: string;
    /** Wake-up: the window to choose in, hotel time (YYYY-MM-DDTHH:MM). */
    earliest?: string;
    latest?: string;
  };
};

const localStamp = (at: Date, tz: string) => `${localDate(at, tz)}T${localTime(at, tz)}`;

/** The hotel's active request types in the guest's language, with the stay's times. */
export async function guestRequestTypes(access: GuestAccess, locale: Locale, now = new Date()) {
  const { hotel, booking } = access;
  const db = getDb();
  const [types, openLate] = await Promise.all([
    db.select().from(requestTypes).where(and(eq(requestTypes.hotelId, hotel.id), eq(requestTypes.active, true))).orderBy(asc(requestTypes.position), asc(requestTypes.createdAt)),
    db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(and(eq(serviceRequests.bookingId, booking.id), eq(serviceRequests.kind, "LATE_CHECKOUT"), inArray(serviceRequests.status, [...OPEN_REQUEST_STATUSES])))
      .limit(1),
  ]);
  const checkOut = checkOutInstant(booking, hotel);
  return {
    types: types.map((t): GuestRequestTypeView => {
      const words = typeInLanguage(t, locale, hotel.defaultLanguage);
      const options: GuestRequestTypeView["options"] = {};
      if (t.kind === "AMENITIES") options.items = (t.options.items ?? []).map((i) => ({ key: i.key, label: words.itemLabel(i.key, i.label), max: i.max }));
      if (t.kind === "LATE_CHECKOUT") {
        options.after = hotel.checkOutTime;
        if (t.options.latestCheckout) options.latest_checkout = t.options.latestCheckout;
      }
      if (t.kind === "WAKE_UP") {
        options.earliest = localStamp(new Date(now.getTime() + WAKE_UP_MIN_AHEAD_MS), hotel.timezone);
        options.latest = localStamp(checkOut, hotel.timezone);
      }
      const available = canRequestNow(booking, t.kind) && !(t.kind === "LATE_CHECKOUT" && openLate.length > 0);
      return { id: t.id, kind: t.kind, name: words.name, description: words.description, department: t.department, target_minutes: t.targetMinutes, available, options };
    }),
    check_out_time: hotel.checkOutTime,
    late_checkout_time: booking.lateCheckoutTime,
    do_not_disturb: doNotDisturbView(booking),
  };
}

/** Marks the outcomes (DONE, DECLINED) of these requests seen by the guest: their email is not needed. */
async function markOutcomesSeen(access: GuestAccess, ids: string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await getDb()
    .update(serviceRequests)
    .set({ guestSeenAt: now })
    .where(
      and(
        eq(serviceRequests.bookingId, access.booking.id),
        inArray(serviceRequests.id, ids),
        inArray(serviceRequests.status, ["DONE", "DECLINED"]),
        or(isNull(serviceRequests.guestSeenAt), lt(serviceRequests.guestSeenAt, sql`coalesce(${serviceRequests.doneAt}, ${serviceRequests.declinedAt})`)),
        isNotNull(sql`coalesce(${serviceRequests.doneAt}, ${serviceRequests.declinedAt})`),
      ),
    );
}

/**
 * This booking's requests, newest first: every open one (however old; the open cap bounds them)
 * and the newest GUEST_REQUESTS_LIMIT of the rest, with its do-not-disturb state.
 */
export async function listGuestRequests(access: GuestAccess, locale: Locale, now = new Date()): Promise<{ requests: GuestRequestView[]; do_not_disturb: DoNotDisturbView }> {
  const scope = { hotelId: access.hotel.id, bookingId: access.booking.id };
  const [newest, open] = await Promise.all([loadRequests(getDb(), { ...scope, limit: GUEST_REQUESTS_LIMIT }), loadRequests(getDb(), { ...scope, statuses: OPEN_REQUEST_STATUSES })]);
  const shown = new Set(newest.map((r) => r.request.id));
  // An open request older than the newest page joins it at its place in time (newest first).
  const rows = [...newest, ...open.filter((r) => !shown.has(r.request.id))].sort((x, y) => y.request.createdAt.getTime() - x.request.createdAt.getTime());
  await markOutcomesSeen(access, rows.map((r) => r.request.id), now);
  return { requests: rows.map((r) => guestRequestView(r, now, locale)), do_not_disturb: doNotDisturbView(access.booking) };
}

/** One of this booking's requests; another booking's or hotel's is NOT_FOUND. */
export async function readGuestRequest(access: GuestAccess, requestId: string, locale: Locale, now = new Date()): Promise<GuestRequestView> {
  const [row] = await loadRequests(getDb(), { hotelId: access.hotel.id, bookingId: access.booking.id, requestId });
  if (!row) throw new AppError("NOT_FOUND", "Request not found");
  await markOutcomesSeen(access, [row.request.id], now);
  return guestRequestView(row, now, locale);
}

export async function placeGuestRequest(access: GuestAccess, input: GuestRequestInput, opts: { idempotencyKey: string | null; locale: Locale; now?: Date }): Promise<GuestRequestView> {
  const { requestId } = await placeServiceRequest(access, input, opts);
  return readGuestRequest(access, requestId, opts.locale, opts.now);
}

export async function cancelGuestRequest(access: GuestAccess, requestId: string, locale: Locale, now = new Date()): Promise<GuestRequestView> {
  await consumeGuestWrite("guestCancel", access);
  await changeRequestStatus({ kind: "GUEST", hotelId: access.hotel.id, bookingId: access.booking.id }, { requestId, status: "CANCELLED", now });
  return readGuestRequest(access, requestId, locale, now);
}

/** Whether the guest is in house (the guide's Wi-Fi, do-not-disturb). */
export const inHouse = (access: GuestAccess) => stayState(access.booking) === "in_house";
