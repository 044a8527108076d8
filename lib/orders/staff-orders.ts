import "server-only";
import type { StaffContext } from "@/lib/auth/staff-context";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { changeOrderStatus } from "./change-order-status";
import { findHotelOrder, listHotelOrders } from "./load-orders";
import { staffOrderView, type StaffOrderView } from "./order-view";
import type { StaffOrderFiltersInput, StaffStatusChangeInput } from "./schemas";

type Staff = Pick<StaffContext, "hotel" | "role" | "staff">;

/** The current hotel's orders for the queue, newest first, shaped for the staff member's role. */
export async function listStaffOrders(ctx: Staff, filters: StaffOrderFiltersInput): Promise<StaffOrderView[]> {
  const rows = await listHotelOrders(getDb(), ctx.hotel, { statuses: filters.status, type: filters.type, date: filters.date });
  return rows.map((r) => staffOrderView(r, ctx.role));
}

/** One order of the current hotel; another hotel's order is 404. */
export async function readStaffOrder(ctx: Staff, orderId: string): Promise<StaffOrderView> {
  const row = await findHotelOrder(getDb(), { hotelId: ctx.hotel.id, orderId });
  if (!row) throw new AppError("NOT_FOUND", "Order not found");
  return staffOrderView(row, ctx.role);
}

/** Staff move an order (accept with an optional new ETA, advance, recall, cancel with a reason). */
export async function changeStaffOrderStatus(ctx: Staff, orderId: string, input: StaffStatusChangeInput): Promise<StaffOrderView> {
  await changeOrderStatus({ kind: "STAFF", hotelId: ctx.hotel.id, staffId: ctx.staff.id, role: ctx.role }, { orderId, status: input.status, from: input.from_status, reason: input.reason, etaMinutes: input.eta_minutes });
  return readStaffOrder(ctx, orderId);
}
