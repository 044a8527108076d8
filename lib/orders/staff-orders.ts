import "server-only";
import type { StaffContext } from "@/lib/auth/staff-context";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { changeOrderStatus } from "./change-order-status";
import { findHotelOrder, listHotelOrders } from "./load-orders";
import { pageRequest, STAFF_ORDERS_PAGE, takePage } from "./order-page";
import { staffOrderView, type StaffOrderView } from "./order-view";
import { isOpenStatus } from "./transitions";
import type { StaffOrderFiltersInput, StaffStatusChangeInput } from "./schemas";

type Staff = Pick<StaffContext, "hotel" | "role" | "staff">;

/**
 * The current hotel's orders for the queue, newest first (or oldest first), shaped for the staff member's role. A
 * list of open orders only (the kitchen board, the queue's default) is never cut: every order the
 * kitchen still has to make is on it. Any other list comes a page at a time with the next cursor.
 */
export async function listStaffOrders(ctx: Staff, filters: StaffOrderFiltersInput): Promise<{ orders: StaffOrderView[]; next_cursor: string | null }> {
  const openOnly = !!filters.status?.length && filters.status.every(isOpenStatus);
  const page = openOnly ? undefined : pageRequest(STAFF_ORDERS_PAGE, filters.before);
  const fetched = await listHotelOrders(getDb(), ctx.hotel, { statuses: filters.status, type: filters.type, date: filters.date, oldestFirst: filters.sort === "oldest" }, page);
  const { rows, nextCursor } = openOnly ? { rows: fetched, nextCursor: null } : takePage(fetched, STAFF_ORDERS_PAGE);
  return { orders: rows.map((r) => staffOrderView(r, ctx.role, ctx.hotel)), next_cursor: nextCursor };
}

/** One order of the current hotel; another hotel's order is 404. */
export async function readStaffOrder(ctx: Staff, orderId: string): Promise<StaffOrderView> {
  const row = await findHotelOrder(getDb(), { hotelId: ctx.hotel.id, orderId });
  if (!row) throw new AppError("NOT_FOUND", "Order not found");
  return staffOrderView(row, ctx.role, ctx.hotel);
}

/** Staff move an order (accept with an optional new ETA, advance, recall, cancel with a reason). */
export async function changeStaffOrderStatus(ctx: Staff, orderId: string, input: StaffStatusChangeInput): Promise<StaffOrderView> {
  await changeOrderStatus({ kind: "STAFF", hotelId: ctx.hotel.id, staffId: ctx.staff.id, role: ctx.role }, { orderId, status: input.status, from: input.from_status, reason: input.reason, etaMinutes: input.eta_minutes });
  return readStaffOrder(ctx, orderId);
}
