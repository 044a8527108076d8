import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { orders, type OrderStatus } from "@/lib/db/schema";
import { minorToDecimal } from "@/lib/menus/money";
import { isOpenStatus } from "./transitions";

// The one rule for what is charged to the room, for the desk's folio and the guest's portal alike:
// an order the hotel accepted (accepted, in the kitchen, on its way or delivered), and a breakfast
// only once its morning has come (`today`, the hotel's date). The rest that is not cancelled is
// ordered, not charged yet; a cancelled order is neither.

export const CHARGED_STATUSES = ["ACCEPTED", "PREPARING", "READY", "DELIVERING", "DELIVERED"] as const satisfies readonly OrderStatus[];
export const isChargedStatus = (s: OrderStatus) => (CHARGED_STATUSES as readonly OrderStatus[]).includes(s);

export function isCharged(o: { type: "ROOM_SERVICE" | "BREAKFAST"; status: OrderStatus; deliveryDate: string | null }, today: string): boolean {
  return isChargedStatus(o.status) && (o.type === "ROOM_SERVICE" || (o.deliveryDate !== null && o.deliveryDate <= today));
}

export type FolioLine = {
  order_id: string;
  type: "ROOM_SERVICE" | "BREAKFAST";
  status: OrderStatus;
  created_at: string;
  delivery_date: string | null;
  currency: string;
  total: string;
  total_minor: number;
  charged: boolean;
  open: boolean;
};
export type FolioTotal = { currency: string; total: string; total_minor: number };
export type Folio = { lines: FolioLine[]; charged: FolioTotal[]; awaiting: FolioTotal[]; open_orders: number };

function sumByCurrency(lines: FolioLine[]): FolioTotal[] {
  const by = new Map<string, number>();
  for (const l of lines) by.set(l.currency, (by.get(l.currency) ?? 0) + l.total_minor);
  // Amounts in two currencies never add: one total per currency.
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ currency, total: minorToDecimal(minor, currency), total_minor: minor }));
}

/** A booking's folio, oldest order first. The booking must be of this hotel (both ids are checked). */
export async function bookingFolio(db: DbOrTx, opts: { hotelId: string; bookingId: string; today: string }): Promise<Folio> {
  const rows = await db
    .select({ id: orders.id, type: orders.type, status: orders.status, createdAt: orders.createdAt, deliveryDate: orders.deliveryDate, currency: orders.currency, totalMinor: orders.totalMinor })
    .from(orders)
    .where(and(eq(orders.hotelId, opts.hotelId), eq(orders.bookingId, opts.bookingId)))
    .orderBy(asc(orders.createdAt), asc(orders.id));
  const lines: FolioLine[] = rows.map((r) => ({
    order_id: r.id,
    type: r.type,
    status: r.status,
    created_at: r.createdAt.toISOString(),
    delivery_date: r.deliveryDate,
    currency: r.currency,
    total: minorToDecimal(r.totalMinor, r.currency),
    total_minor: r.totalMinor,
    charged: isCharged(r, opts.today),
    open: isOpenStatus(r.status),
  }));
  return {
    lines,
    charged: sumByCurrency(lines.filter((l) => l.charged)),
    awaiting: sumByCurrency(lines.filter((l) => !l.charged && l.status !== "CANCELLED")),
    open_orders: lines.filter((l) => l.open).length,
  };
}
