import "server-only";
import { getDb } from "@/lib/db/client";
import type { OrderType } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { minorToDecimal } from "@/lib/menus/money";
import type { GuestAccess } from "@/lib/tokens/validate";
import { changeOrderStatus } from "./change-order-status";
import { findBookingOrder, listBookingOrders, stayChargesMinor } from "./load-orders";
import { guestOrderView, type GuestOrderView } from "./order-view";

export type GuestOrderList = { orders: GuestOrderView[]; currency: string; stay_total: string; stay_total_minor: number };

/** This booking's orders, newest first, with the stay's running room charges (cancelled orders aside). */
export async function listGuestOrders(access: GuestAccess, opts: { type?: OrderType } = {}): Promise<GuestOrderList> {
  const db = getDb();
  const scope = { hotelId: access.hotel.id, bookingId: access.booking.id };
  const [rows, charges] = await Promise.all([listBookingOrders(db, { ...scope, type: opts.type }), stayChargesMinor(db, scope)]);
  const cur = access.hotel.currency;
  return { orders: rows.map(guestOrderView), currency: cur, stay_total: minorToDecimal(charges, cur), stay_total_minor: charges };
}

/** One of this booking's orders; another booking's or hotel's id is 404. */
export async function readGuestOrder(access: GuestAccess, orderId: string, opts: { type?: OrderType } = {}): Promise<GuestOrderView> {
  const row = await findBookingOrder(getDb(), { hotelId: access.hotel.id, bookingId: access.booking.id, orderId });
  if (!row || (opts.type && row.order.type !== opts.type)) throw new AppError("NOT_FOUND", "Order not found");
  return guestOrderView(row);
}

/** The guest cancels one of their orders while it is PENDING (else 409 INVALID_TRANSITION). */
export async function cancelGuestOrder(access: GuestAccess, orderId: string, reason: string | null, opts: { type?: OrderType } = {}): Promise<GuestOrderView> {
  await readGuestOrder(access, orderId, opts);
  await changeOrderStatus({ kind: "GUEST", hotelId: access.hotel.id, bookingId: access.booking.id }, { orderId, status: "CANCELLED", reason });
  return readGuestOrder(access, orderId, opts);
}
