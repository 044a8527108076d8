import { pct } from "../stats";

// Every HTTP call the soak makes goes through here, so each answer (or connection error) is counted
// by the phase it fell in: while its app instance was down, while the realtime server was down, or
// in steady state. Only the first may hold 5xx or connection errors.

export type Window = { from: number; to: number };

export type Instance = {
  name: string;
  url: string;
  /** When this instance was killed until it answered again. */
  down: Window[];
};

export type Answer = { status: number; body: unknown; headers: Headers | null; error: string | null };

type Outcome = { instance: Instance; route: string; start: number; end: number; status: number; error: string | null };

export type PhaseName = "app down" | "realtime down" | "steady";

const REQUEST_TIMEOUT_MS = 30_000;

export class Traffic {
  private readonly outcomes: Outcome[] = [];
  readonly realtimeDown: Window[] = [];

  async call(instance: Instance, route: string, path: string, init: RequestInit = {}): Promise<Answer> {
    const start = Date.now();
    try {
      const res = await fetch(`${instance.url}${path}`, { ...init, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const text = await res.text();
      let body: unknown = null;
      try {
        body = text ? (JSON.parse(text) as unknown) : null;
      } catch {
        body = text;
      }
      this.outcomes.push({ instance, route, start, end: Date.now(), status: res.status, error: null });
      return { status: res.status, body, headers: res.headers, error: null };
    } catch (e) {
      const error = e instanceof Error ? `${e.message}${(e as { cause?: { code?: string } }).cause?.code ? ` (${(e as { cause: { code: string } }).cause.code})` : ""}` : String(e);
      this.outcomes.push({ instance, route, start, end: Date.now(), status: 0, error });
      return { status: 0, body: null, headers: null, error };
    }
  }

  private phaseOf(o: Outcome): PhaseName {
    const overlaps = (w: Window) => o.start <= w.to && o.end >= w.from;
    if (o.instance.down.some(overlaps)) return "app down";
    if (this.realtimeDown.some(overlaps)) return "realtime down";
    return "steady";
  }

  /** Answers per phase: total, 5xx, connection errors, and the offending routes outside "app down". */
  summary(): { phase: PhaseName; total: number; fiveXx: number; connErrors: number; offenders: string[] }[] {
    const phases: PhaseName[] = ["steady", "realtime down", "app down"];
    return phases.map((phase) => {
      const of = this.outcomes.filter((o) => this.phaseOf(o) === phase);
      const bad = of.filter((o) => o.status >= 500 || o.status === 0);
      const offenders = phase === "app down" ? [] : [...new Set(bad.map((o) => `${o.instance.name} ${o.route} → ${o.status || o.error}`))].slice(0, 10);
      return { phase, total: of.length, fiveXx: of.filter((o) => o.status >= 500).length, connErrors: of.filter((o) => o.status === 0).length, offenders };
    });
  }

  /** Latency of a route's answered requests (2xx–4xx), for the printout. */
  latencies(route: string): string | null {
    const xs = this.outcomes.filter((o) => o.route === route && o.status >= 200 && o.status < 500).map((o) => o.end - o.start);
    if (!xs.length) return null;
    return `p50 ${pct(xs, 50)} ms, p95 ${pct(xs, 95)} ms, max ${Math.max(...xs)} ms`;
  }

  /** How many answers of each status a route got (for the printout). */
  statuses(): Map<string, Map<number, number>> {
    const out = new Map<string, Map<number, number>>();
    for (const o of this.outcomes) {
      const m = out.get(o.route) ?? new Map<number, number>();
      m.set(o.status, (m.get(o.status) ?? 0) + 1);
      out.set(o.route, m);
    }
    return out;
  }
}
