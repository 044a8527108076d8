import { z } from "zod";
import type { PageRequest } from "./load-orders";
import { orderIdSchema } from "./schemas";

// Lists of past orders come in pages, newest first, with a cursor to the next page; the lists
// staff work from (open orders, a morning's breakfast) are never paged, so nothing drops off them.

export const GUEST_ORDERS_PAGE = 50;
export const STAFF_ORDERS_PAGE = 100;

/** `?before=<order id>`: the page after the one that ended with that order. */
export const beforeCursorSchema = orderIdSchema.optional();

/** One more row than the page holds, so the page knows whether more follow. */
export const pageRequest = (limit: number, before?: string): PageRequest => ({ limit: limit + 1, before });

/** The page's rows and the cursor of the next page (null when this is the last). */
export function takePage<T extends { order: { id: string } }>(rows: T[], limit: number): { rows: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: page[page.length - 1]!.order.id };
}

export const pageQuerySchema = z.object({ before: beforeCursorSchema });
