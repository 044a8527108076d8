import type { OrderStatus } from "@/lib/db/schema";
import { ageMinutes } from "@/lib/orders/lateness";
import { nextStatus } from "@/lib/orders/transitions";
import type { KitchenOrder } from "./ticket";

// Pure board logic for the kitchen screen: which column a ticket sits in, what one tap does, how
// its age is coloured and whether the promise to the guest has passed.

export type ColumnId = "new" | "preparing" | "ready";

export const COLUMNS: { id: ColumnId; title: string; statuses: readonly OrderStatus[] }[] = [
  { id: "new", title: "New", statuses: ["PENDING", "ACCEPTED"] },
  { id: "preparing", title: "Preparing", statuses: ["PREPARING"] },
  // DELIVERING stays until the runner confirms: only delivered (or cancelled) tickets leave.
  { id: "ready", title: "Ready", statuses: ["READY", "DELIVERING"] },
];

export function columnOf(status: OrderStatus): ColumnId | null {
  return COLUMNS.find((c) => c.statuses.includes(status))?.id ?? null;
}

/** Open tickets per column, oldest first (the order the kitchen works in). */
export function groupBoard(orders: readonly KitchenOrder[]): Record<ColumnId, KitchenOrder[]> {
  const out: Record<ColumnId, KitchenOrder[]> = { new: [], preparing: [], ready: [] };
  for (const o of orders) {
    const col = columnOf(o.status);
    if (col) out[col].push(o);
  }
  for (const col of Object.values(out)) col.sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? ""));
  return out;
}

/** What the big button does for a status, or null when the kitchen is done with it. */
export function bumpOf(status: OrderStatus): { to: OrderStatus; label: string } | null {
  const to = nextStatus(status);
  if (!to) return null;
  return { to, label: BUMP_LABELS[to] ?? to };
}

const BUMP_LABELS: Partial<Record<OrderStatus, string>> = {
  ACCEPTED: "Accept",
  PREPARING: "Start",
  READY: "Ready",
  DELIVERING: "Send out",
  DELIVERED: "Delivered",
};

export type AgeTone = "fresh" | "warn" | "late";

export type Thresholds = { warnMinutes: number; lateMinutes: number };
export const DEFAULT_THRESHOLDS: Thresholds = { warnMinutes: 10, lateMinutes: 20 };

/** The age timer's colour: the hotel's thresholds, inclusive (10:00 is already "warn"). */
export function ageTone(createdAt: string, now: number, t: Thresholds): AgeTone {
  const m = ageMinutes(createdAt, now);
  if (m >= t.lateMinutes) return "late";
  if (m >= t.warnMinutes) return "warn";
  return "fresh";
}

/** "7:05" for a timer: minutes and seconds since `from`. */
export function formatAge(from: string, now: number): string {
  const s = Math.max(0, Math.floor((now - Date.parse(from)) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * How many tickets a column lays side by side so `count` tickets fit in `rows` rows without
 * scrolling; the board gives each column width in proportion.
 */
export function columnTracks(count: number, rows: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, rows)));
}
