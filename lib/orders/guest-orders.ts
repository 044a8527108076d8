import "server-only";
import { getDb } from "@/lib/db/client";
import type { OrderType } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { minorToDecimal } from "@/lib/menus/money";
import type { GuestAccess } from "@/lib/tokens/validate";
import { consumeGuestWrite } from "@/lib/rate-limit/guest-write-limits";
import { changeOrderStatus } from "./change-order-status";
import { withStayRule } from "./guest-order-rule";
import { localDate } from "@/lib/time/zoned";
import { findBookingOrder, listBookingOrders, stayChargesByCurrency, stayMoneyByCurrency } from "./load-orders";
import { GUEST_ORDERS_PAGE, pageRequest, takePage } from "./order-page";
import { guestOrderView, type GuestOrderView } from "./order-view";

export type StayTotal = { currency: string; total: string; total_minor: number };
/** `stay_totals`: everything not cancelled (ordered and charged), one total per currency; `stay_total`: the part in the hotel's currency. */
export type GuestOrderList = {
  orders: GuestOrderView[];
  /** Pass as `?before=` for the older orders; null when these are the oldest. */
  next_cursor: string | null;
  currency: string;
  stay_total: string;
  stay_total_minor: number;
  stay_totals: StayTotal[];
  /** Placed but not charged yet (not accepted yet, or a breakfast still ahead), per currency. */
  ordered_totals: StayTotal[];
  /** Charged to the room: accepted or delivered, not cancelled (breakfast once its morning came). */
  charged_totals: StayTotal[];
};

const total = (currency: string, minor: number): StayTotal => ({ currency, total: minorToDecimal(minor, currency), total_minor: minor });

/** The stay's ordered and charged money, per currency, amounts above zero only. */
export async function guestStayMoney(access: GuestAccess, now = new Date()): Promise<Pick<GuestOrderList, "ordered_totals" | "charged_totals">> {
  const split = await stayMoneyByCurrency(getDb(), { hotelId: access.hotel.id, bookingId: access.booking.id, today: localDate(now, access.hotel.timezone) });
  return {
    ordered_totals: split.filter((c) => c.orderedMinor > 0).map((c) => total(c.currency, c.orderedMinor)),
    charged_totals: split.filter((c) => c.chargedMinor > 0).map((c) => total(c.currency, c.chargedMinor)),
  };
}

/**
 * This booking's orders, newest first, a page at a time, with the stay's running room charges per
 * currency (cancelled orders aside; always over the whole stay).
 */
export async function listGuestOrders(access: GuestAccess, opts: { type?: OrderType; before?: string } = {}): Promise<GuestOrderList> {
  const db = getDb();
  const scope = { hotelId: access.hotel.id, bookingId: access.booking.id };
  const [fetched, charges, money] = await Promise.all([
    listBookingOrders(db, { ...scope, type: opts.type, page: pageRequest(GUEST_ORDERS_PAGE, opts.before) }),
    stayChargesByCurrency(db, scope),
    guestStayMoney(access),
  ]);
  const { rows, nextCursor } = takePage(fetched, GUEST_ORDERS_PAGE);
  const cur = access.hotel.currency;
  const own = charges.find((c) => c.currency === cur)?.totalMinor ?? 0;
  return {
    orders: rows.map((r) => withStayRule(guestOrderView(r), access.booking)),
    next_cursor: nextCursor,
    currency: cur,
    stay_total: minorToDecimal(own, cur),
    stay_total_minor: own,
    stay_totals: charges.map((c) => total(c.currency, c.totalMinor)),
    ...money,
  };
}

/** One of this booking's orders; another booking's or hotel's id is 404. */
export async function readGuestOrder(access: GuestAccess, orderId: string, opts: { type?: OrderType } = {}): Promise<GuestOrderView> {
  const row = await findBookingOrder(getDb(), { hotelId: access.hotel.id, bookingId: access.booking.id, orderId });
  if (!row || (opts.type && row.order.type !== opts.type)) throw new AppError("NOT_FOUND", "Order not found");
  return withStayRule(guestOrderView(row), access.booking);
}

/** The guest cancels one of their orders while it is PENDING (else 409 INVALID_TRANSITION). */
export async function cancelGuestOrder(access: GuestAccess, orderId: string, reason: string | null, opts: { type?: OrderType } = {}): Promise<GuestOrderView> {
  await consumeGuestWrite("guestCancel", access);
  await readGuestOrder(access, orderId, opts);
  await changeOrderStatus({ kind: "GUEST", hotelId: access.hotel.id, bookingId: access.booking.id }, { orderId, status: "CANCELLED", reason });
  return readGuestOrder(access, orderId, opts);
}
