import type { Booking, Hotel, RequestType, ServiceRequestDetails } from "@/lib/db/schema";
import { AppError, isAppError } from "@/lib/errors";
import { checkOutTimeOf } from "@/lib/bookings/stay-rules";
import { zonedToUtc } from "@/lib/time/zoned";
import type { GuestRequestInput } from "./schemas";

// What each kind of request carries, judged against its type (item keys and maxima, the latest
// check-out) and the stay (the wake-up window): the details to store, or 400 VALIDATION_ERROR
// naming the fields. Pure: the caller passes the clock.

export const WAKE_UP_MIN_AHEAD_MS = 60_000;

type Judged = { details: ServiceRequestDetails; dueAt: Date | null; note: string | null };

const invalid = (fields: Record<string, string[]>) => new AppError("VALIDATION_ERROR", "Invalid request", fields);

/** The departure day's check-out instant: the approved late check-out, else the hotel's time. */
export function checkOutInstant(booking: Pick<Booking, "checkOutDate" | "lateCheckoutTime">, hotel: Pick<Hotel, "checkOutTime" | "timezone">): Date {
  return zonedToUtc(booking.checkOutDate, checkOutTimeOf(booking, hotel), hotel.timezone);
}

export function judgeRequestDetails(
  type: Pick<RequestType, "kind" | "options">,
  input: GuestRequestInput,
  stay: { booking: Pick<Booking, "checkOutDate" | "lateCheckoutTime">; hotel: Pick<Hotel, "checkOutTime" | "timezone"> },
  now: Date,
): Judged {
  const note = input.note;
  switch (type.kind) {
    case "AMENITIES": {
      const items = input.items ?? [];
      if (items.length === 0) throw invalid({ items: ["Choose at least one item"] });
      const known = new Map((type.options.items ?? []).map((i) => [i.key, i]));
      const fields: Record<string, string[]> = {};
      const seen = new Set<string>();
      items.forEach((line, i) => {
        const item = known.get(line.key);
        if (!item) fields[`items.${i}.key`] = ["Unknown item"];
        else if (seen.has(line.key)) fields[`items.${i}.key`] = ["Each item only once"];
        else if (line.quantity > item.max) fields[`items.${i}.quantity`] = [`At most ${item.max}`];
        seen.add(line.key);
      });
      if (Object.keys(fields).length) throw invalid(fields);
      return { details: { items: items.map((l) => ({ key: l.key, label: known.get(l.key)!.label, quantity: l.quantity })) }, dueAt: null, note };
    }
    case "CLEANING":
      if (!input.cleaning) throw invalid({ cleaning: ["Choose NOW or SKIP_TODAY"] });
      return { details: { cleaning: input.cleaning }, dueAt: null, note };
    case "MAINTENANCE": {
      const d = input.description;
      if (!d || [...d].length < 3) throw invalid({ description: ["Describe what needs fixing (at least 3 characters)"] });
      return { details: { description: d }, dueAt: null, note };
    }
    case "WAKE_UP": {
      if (!input.wake_at) throw invalid({ wake_at: ["Choose a time like 2026-05-31T07:30"] });
      const [date, time] = input.wake_at.split("T") as [string, string];
      let at: Date;
      try {
        at = zonedToUtc(date, time, stay.hotel.timezone);
      } catch (e) {
        if (isAppError(e)) throw invalid({ wake_at: ["No such date or time"] });
        throw e;
      }
      if (at.getTime() < now.getTime() + WAKE_UP_MIN_AHEAD_MS) throw invalid({ wake_at: ["Choose a time in the future"] });
      if (at.getTime() > checkOutInstant(stay.booking, stay.hotel).getTime()) throw invalid({ wake_at: ["Choose a time before your check-out"] });
      return { details: { wakeAt: at.toISOString() }, dueAt: at, note };
    }
    case "LATE_CHECKOUT": {
      const t = input.checkout_time;
      if (!t) throw invalid({ checkout_time: ["Choose a time like 13:00"] });
      if (t <= stay.hotel.checkOutTime) throw invalid({ checkout_time: [`Choose a time after ${stay.hotel.checkOutTime}`] });
      const latest = type.options.latestCheckout;
      if (latest && t > latest) throw invalid({ checkout_time: [`At most ${latest}`] });
      if (zonedToUtc(stay.booking.checkOutDate, t, stay.hotel.timezone).getTime() <= now.getTime()) throw invalid({ checkout_time: ["That time has passed"] });
      return { details: { checkoutTime: t }, dueAt: null, note };
    }
    case "OTHER": {
      if (!note || [...note].length < 3) throw invalid({ note: ["Tell us what you need (at least 3 characters)"] });
      return { details: {}, dueAt: null, note };
    }
  }
}
