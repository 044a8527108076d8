import { getDb } from "@/lib/db/client";
import { tokenEvents } from "@/lib/db/schema";

// Refused tokens are audited in aggregate: alike refusals (reason, token, address) are counted in
// memory and written as one row per key every few seconds, so a burst of guesses costs a handful
// of inserts instead of one per request (on the embedded database each insert takes its only session).
export const REFUSAL_FLUSH_MS = 3_000;
const MAX_KEYS = 500;

export type Refusal = {
  tokenId: string | null;
  hotelId: string | null;
  bookingId: string | null;
  reason: string;
  ipHash: string | null;
  userAgent: string | null;
};

type Entry = Refusal & { count: number; createdAt: Date };
type State = { buffer: Map<string, Entry>; timer: NodeJS.Timeout | null; inFlight: Promise<void> | null };

const g = globalThis as unknown as { __tokenRefusals?: State };
const state = (): State => (g.__tokenRefusals ??= { buffer: new Map(), timer: null, inFlight: null });

export function noteRefusal(r: Refusal, now = new Date()): void {
  const s = state();
  const key = `${r.reason}|${r.tokenId ?? ""}|${r.ipHash ?? ""}`;
  const entry = s.buffer.get(key);
  if (entry) entry.count++;
  else s.buffer.set(key, { ...r, count: 1, createdAt: now });
  if (s.buffer.size >= MAX_KEYS) void flushRefusals();
  else if (!s.timer) {
    s.timer = setTimeout(() => void flushRefusals(), REFUSAL_FLUSH_MS);
    s.timer.unref?.();
  }
}

/** Writes what is buffered, in one insert. Safe to call at any time (tests, shutdown). */
export async function flushRefusals(): Promise<void> {
  const s = state();
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  await s.inFlight;
  const rows = [...s.buffer.values()];
  s.buffer.clear();
  if (!rows.length) return;
  const write = getDb()
    .insert(tokenEvents)
    .values(rows.map((r) => ({ ...r, kind: "REJECTED" })))
    .then(() => undefined)
    .catch((e: unknown) => console.error("token refusal audit failed", e instanceof Error ? e.message.split("\n")[0] : e));
  s.inFlight = write;
  await write;
  if (s.inFlight === write) s.inFlight = null;
}
