import type { OrderStatus } from "@/lib/db/schema";
import { canTransition } from "@/lib/orders/transitions";

// "Recall" brings back the last bumped ticket: the screen remembers its bumps, newest last.

export type Bump = { orderId: string; from: OrderStatus; to: OrderStatus; room: string | null };

const MAX_BUMPS = 20;

export function pushBump(stack: readonly Bump[], bump: Bump): Bump[] {
  return [...stack, bump].slice(-MAX_BUMPS);
}

/**
 * The bump to undo: the newest one whose ticket still has the status it was bumped to (a ticket
 * moved on by someone else since is not ours to pull back) and that the lifecycle lets go back one
 * step (from PREPARING or READY), or null.
 */
export function recallTarget(stack: readonly Bump[], currentStatus: (orderId: string) => OrderStatus | undefined): Bump | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const b = stack[i]!;
    if (currentStatus(b.orderId) === b.to && canTransition(b.to, b.from, "STAFF")) return b;
  }
  return null;
}

export function dropBump(stack: readonly Bump[], bump: Bump): Bump[] {
  return stack.filter((b) => b !== bump);
}
