import { until } from "./faults";
import { furthest, isTerminal } from "./tracker";

// The soak's kitchen works its queue as a real one does, so the open orders (which the board and
// the guests' reads carry) stay bounded instead of growing by thousands a round. Oldest first,
// 0.5–5 s after a room-service order showed up (so a guest's cancel of a pending order still races
// it), it accepts a third of them, a third of those then PREPARING, and delivers those 2–6 s later;
// the rest it delivers at once. Forward moves may skip steps (lib/orders/transitions.ts); ~1.4 moves
// an order keep its backlog within what it finishes after the load (walking all 5 steps would take
// most of an instance's requests without testing more). Breakfast is for a later morning: a
// third is accepted, as a kitchen confirms it, and none delivered (a stay's mornings bound them).
// After the load it finishes what it has seen without the pauses. Bounded: at most `cooks` moves
// in flight, and per order its plan's moves plus MAX_RETRIES.

/** A staff status move of one order through the API: the HTTP status and, on 200, the order's new status. */
export type Move = (id: string, from: string, to: string) => Promise<{ status: number; now: string | null }>;

type Job = { type: string; accept: boolean; viaPreparing: boolean; dueAt: number; tries: number; busy: boolean; known: string };

const TICK_MS = 100;
const MAX_RETRIES = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const within = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

/** The kitchen's next move for an order in `status`, or null when its plan is done. */
function nextMove(job: Job, status: string): string | null {
  if (isTerminal(status)) return null;
  if (job.type !== "ROOM_SERVICE") return status === "PENDING" && job.accept ? "ACCEPTED" : null;
  if (status === "PENDING") return job.accept ? "ACCEPTED" : "DELIVERED";
  if (status === "ACCEPTED" && job.viaPreparing) return "PREPARING";
  return "DELIVERED";
}

export class KitchenQueue {
  /** Orders with moves still to make, in the order they showed up. */
  private readonly jobs = new Map<string, Job>();
  private readonly planned = new Set<string>();
  private inFlight = 0;
  private loop: Promise<void> | null = null;
  private working = false;
  /** After the load: the remaining moves go without the cooking pauses, so a round's end is not held up by them. */
  private hurry = false;
  moved = 0;
  delivered = 0;

  constructor(
    private readonly cooks: number,
    /** What the board shows for the order (refetch + events). */
    private readonly boardStatus: (id: string) => string | undefined,
    private readonly move: Move,
  ) {}

  /** An order on the board (from an event or a refetch); its first sight plans its moves. */
  seen(id: string, type: string, status: string): void {
    if (this.planned.has(id)) return;
    this.planned.add(id);
    this.jobs.set(id, { type, accept: Math.random() < 1 / 3, viaPreparing: Math.random() < 1 / 3, dueAt: this.hurry ? 0 : Date.now() + within(500, 5000), tries: 0, busy: false, known: status });
  }

  /** Orders whose plan is not done yet. */
  get backlog(): number {
    return this.jobs.size;
  }

  work(): void {
    this.hurry = false;
    if (this.working) return;
    this.working = true;
    this.loop = (async () => {
      while (this.working) {
        this.dispatch();
        await sleep(TICK_MS);
      }
    })();
  }

  /** Keeps working until every plan is done or `ms` pass, then stops; says whether it caught up. */
  async finish(ms: number): Promise<boolean> {
    this.work();
    this.hurry = true;
    for (const job of this.jobs.values()) job.dueAt = 0;
    const caughtUp = await until(() => this.jobs.size === 0, ms);
    await this.stop();
    return caughtUp;
  }

  /** No new move; the ones in flight are answered before this returns. */
  async stop(): Promise<void> {
    this.working = false;
    await this.loop;
    await until(() => this.inFlight === 0, 35_000);
  }

  private dispatch(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (this.inFlight >= this.cooks) return;
      if (job.busy || job.dueAt > now) continue;
      const from = furthest(this.boardStatus(id), job.known);
      const to = nextMove(job, from);
      if (!to) {
        this.jobs.delete(id);
        continue;
      }
      job.busy = true;
      this.inFlight++;
      void this.step(id, job, from, to).finally(() => {
        job.busy = false;
        this.inFlight--;
        // A free cook takes the next order at once, not at the next tick.
        if (this.working) this.dispatch();
      });
    }
  }

  private async step(id: string, job: Job, from: string, to: string): Promise<void> {
    const a = await this.move(id, from, to);
    if (a.status === 200 && a.now) {
      this.moved++;
      if (a.now === "DELIVERED") this.delivered++;
      job.known = furthest(job.known, a.now);
      job.dueAt = this.hurry ? 0 : Date.now() + (a.now === "ACCEPTED" ? within(2000, 6000) : within(1000, 3000));
      return;
    }
    // 409: the guest cancelled it, or a move whose answer was lost went through; the board's events
    // tell which before the retry. Otherwise the app was down or busy.
    if (++job.tries > MAX_RETRIES) this.jobs.delete(id);
    else job.dueAt = Date.now() + within(1000, 2000);
  }
}
