// What a client believes about a set of orders (id → status), built the way a screen must build it:
// a refetch gives a snapshot, events since the refetch began are laid over it again (an event may
// arrive before the snapshot that already holds it, or after it), and a status never moves back
// (delivery is at-least-once and two dispatchers may deliver out of order; the soak never recalls).

const RANK: Record<string, number> = { PENDING: 0, ACCEPTED: 1, PREPARING: 2, READY: 3, DELIVERING: 4, DELIVERED: 5, CANCELLED: 5 };
export const isTerminal = (status: string) => status === "DELIVERED" || status === "CANCELLED";

/** The later of two statuses of one order: a terminal one wins, else the further along. */
export function furthest(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  if (isTerminal(a)) return a;
  if (isTerminal(b)) return b;
  return (RANK[b] ?? 0) > (RANK[a] ?? 0) ? b : a;
}

type Seen = { at: number; id: string; status: string };

export class OrderTracker {
  private state = new Map<string, string>();
  private readonly log: Seen[] = [];

  event(id: string, status: string, at = Date.now()): void {
    this.log.push({ at, id, status });
    this.state.set(id, furthest(this.state.get(id), status));
  }

  /**
   * A refetch that began at `startedAt`. `complete`: the snapshot lists every order the client
   * tracks (a guest's whole history); otherwise only open ones (the kitchen board), so a tracked
   * open order missing from it was closed meanwhile, unless an event since says otherwise.
   */
  snapshot(startedAt: number, orders: Map<string, string>, opts: { openOnly: boolean }): void {
    const next = new Map(orders);
    // What the client knows for certain stays: an order it saw closed is closed.
    for (const [id, status] of this.state) if (isTerminal(status) || !opts.openOnly) next.set(id, furthest(next.get(id), status));
    if (opts.openOnly) for (const [id, status] of this.state) if (!isTerminal(status) && !orders.has(id)) next.delete(id);
    for (const e of this.log) if (e.at >= startedAt) next.set(e.id, furthest(next.get(e.id), e.status));
    this.state = next;
  }

  status(id: string): string | undefined {
    return this.state.get(id);
  }

  statuses(): Map<string, string> {
    return new Map(this.state);
  }

  open(): Map<string, string> {
    return new Map([...this.state].filter(([, s]) => !isTerminal(s)));
  }
}
