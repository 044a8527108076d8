import { isTerminal } from "./tracker";
import { orderScope, type DbState } from "./db-state";
import type { Guest } from "./guest";
import type { LiveClient } from "./live-client";
import type { HeapReading } from "./heap";
import type { FrontDesk, Kitchen } from "./staff";
import type { Traffic } from "./traffic";
import { Writes, type Write } from "./writes";

// The soak's pass/fail: correctness only, never a timing. Each check says what it compared.

export type Check = { name: string; ok: boolean; detail: string };

const sample = (xs: string[]) => (xs.length ? `: ${xs.slice(0, 5).join("; ")}${xs.length > 5 ? ` … (${xs.length})` : ""}` : "");

function sameMap(a: Map<string, string>, b: Map<string, string>): string[] {
  const diffs: string[] = [];
  for (const [k, v] of a) if (b.get(k) !== v) diffs.push(`${k.slice(0, 8)} ${v}≠${b.get(k) ?? "absent"}`);
  for (const [k, v] of b) if (!a.has(k)) diffs.push(`${k.slice(0, 8)} absent≠${v}`);
  return diffs;
}

/** Every order the API accepted is exactly one row; no row without an accepted request; refusals made nothing. */
export function orderChecks(db: DbState, writes: Write[]): Check[] {
  return (["room-service", "breakfast"] as const).map((kind) => {
    const type = kind === "room-service" ? "ROOM_SERVICE" : "BREAKFAST";
    const mine = writes.filter((w) => w.kind === kind);
    const problems: string[] = [];
    const accepted = new Set<string>();
    for (const w of mine) {
      const ids = Writes.ids(w);
      const stored = db.keys.get(`${orderScope(kind, w.guest.bookingId)} ${w.key}`);
      if (!w.settled) problems.push(`key ${w.key} never answered`);
      if (ids.size > 1) problems.push(`key ${w.key} answered with ${ids.size} different orders`);
      const [id] = ids;
      if (id) {
        accepted.add(id);
        if (stored !== id) problems.push(`key ${w.key} answered ${id.slice(0, 8)} but the key row says ${stored || "nothing"}`);
      } else if (stored) problems.push(`key ${w.key} was refused (${w.answers.map((a) => a.status).join(",")}) yet made order ${stored.slice(0, 8)}`);
    }
    const rows = db.orders.filter((o) => o.type === type);
    const rowIds = new Set(rows.map((o) => o.id));
    for (const id of accepted) if (!rowIds.has(id)) problems.push(`accepted order ${id.slice(0, 8)} is not in the database`);
    for (const o of rows) if (!accepted.has(o.id)) problems.push(`order ${o.id.slice(0, 8)} in the database was never accepted by any request`);
    const resent = mine.filter((w) => w.resent !== "no").length;
    const concurrent = mine.filter((w) => w.resent === "concurrently").length;
    // A send that got no answer (the app was killed under it), then a 2xx for the same key.
    const recovered = mine.filter((w) => w.answers.findIndex((a) => a.status === 0) >= 0 && w.answers.findIndex((a) => a.status === 0) < w.answers.findLastIndex((a) => a.id !== null)).length;
    const sends = mine.reduce((n, w) => n + w.answers.length, 0);
    return {
      name: `${kind} orders: accepted = rows`,
      ok: problems.length === 0,
      detail: `${mine.length} keys, ${sends} sends (${resent} re-sent on purpose, ${concurrent} of them concurrently; ${recovered} answered only by a retry after a lost answer), ${accepted.size} accepted, ${rows.length} rows${sample(problems)}`,
    };
  });
}

/** Every guest message the API accepted is exactly one row, and no row lacks an accepted send. */
export function chatCheck(db: DbState, writes: Write[]): Check {
  const mine = writes.filter((w) => w.kind === "chat");
  const problems: string[] = [];
  const accepted = new Set<string>();
  for (const w of mine) {
    const ids = Writes.ids(w);
    if (!w.settled) problems.push(`client_id ${w.key} never answered`);
    if (ids.size > 1) problems.push(`client_id ${w.key} answered with ${ids.size} messages`);
    for (const id of ids) accepted.add(id);
  }
  const rows = db.messages.filter((m) => m.sender === "GUEST");
  const byClient = new Map(rows.map((m) => [m.clientId, String(m.id)]));
  for (const w of mine) {
    const [id] = Writes.ids(w);
    if (id && byClient.get(w.key) !== id) problems.push(`client_id ${w.key} answered ${id} but the row is ${byClient.get(w.key) ?? "missing"}`);
  }
  for (const m of rows) if (!accepted.has(String(m.id))) problems.push(`message ${m.id} (client_id ${m.clientId}) was never accepted`);
  return { name: "chat messages: accepted = rows", ok: problems.length === 0, detail: `${mine.length} client ids, ${accepted.size} accepted, ${rows.length} rows${sample(problems)}` };
}

export function outboxCheck(db: DbState): Check {
  const pending = db.outbox.filter((e) => !e.deliveredAt && !e.deadAt);
  const deadNoReason = db.outbox.filter((e) => e.deadAt && !e.lastError);
  const dead = db.outbox.filter((e) => e.deadAt);
  const retried = db.outbox.filter((e) => e.attempts > 1).length;
  const maxAttempts = Math.max(0, ...db.outbox.map((e) => e.attempts));
  const reasons = [...new Set(dead.map((e) => e.lastError ?? ""))].slice(0, 3);
  return {
    name: "outbox: every event delivered, or dead with a reason",
    ok: pending.length === 0 && deadNoReason.length === 0,
    detail: `${db.outbox.length} events: ${db.outbox.length - pending.length - dead.length} delivered, ${dead.length} dead${reasons.length ? ` (${reasons.join(" | ")})` : ""}, ${pending.length} pending; ${retried} needed more than one attempt (max ${maxAttempts})`,
  };
}

/**
 * Each subscriber is live at the end, and received every delivered event of its channels created
 * after its last (re)subscription (created_at is the transaction's start, before the commit, before
 * the trigger: such an event was sent to a socket already subscribed).
 */
export function subscriberCheck(db: DbState, clients: LiveClient[]): Check {
  const problems: string[] = [];
  let expected = 0;
  let subscriptions = 0;
  for (const c of clients) {
    if (!c.live()) problems.push(`${c.label} is not connected and subscribed at the end (${c.pusher.connection.state})`);
    for (const ch of c.channels.values()) {
      subscriptions += ch.subscriptions;
      const owed = db.outbox.filter((e) => e.deliveredAt && e.channels.includes(ch.name) && e.createdAt.getTime() > ch.lastSubscribedAt);
      expected += owed.length;
      const missed = owed.filter((e) => !ch.received.has(e.id));
      if (missed.length) problems.push(`${c.label} ${ch.name}: missed ${missed.length} of ${owed.length} events after its last subscription (${missed[0]!.name})`);
    }
  }
  const reconnects = clients.reduce((n, c) => n + Math.max(0, c.connects - 1), 0);
  const subErrors = clients.reduce((n, c) => n + c.subscriptionErrors, 0);
  const signinErrors = clients.reduce((n, c) => n + c.signinErrors, 0);
  const duplicates = clients.reduce((n, c) => n + [...c.channels.values()].reduce((m, ch) => m + ch.duplicates, 0), 0);
  return {
    name: "subscribers: live, and got every event after their last (re)subscription",
    ok: problems.length === 0,
    detail: `${clients.length} clients, ${reconnects} reconnects, ${subscriptions} (re)subscriptions, ${subErrors} refused subscriptions (retried by the hub), ${signinErrors} sign-in errors, ${duplicates} repeated deliveries (dropped by event_id); ${expected} events owed after the last subscriptions${sample(problems)}`,
  };
}

/** Each guest refetched after its last resubscription, and its view = the API's final answer = the database. */
export function guestStateCheck(db: DbState, guests: Guest[], finalApi: Map<Guest, Map<string, string> | null>): Check {
  const problems: string[] = [];
  for (const g of guests) {
    const rs = [...g.live.channels.values()].find((c) => c.name.startsWith("private-room-service."))!;
    if (g.refetcher.lastStartedAt < rs.lastSubscribedAt) problems.push(`guest ${g.guest.index} did not refetch after its last subscription`);
    const inDb = new Map(db.orders.filter((o) => o.bookingId === g.guest.bookingId).map((o) => [o.id, o.status as string]));
    const api = finalApi.get(g);
    if (!api) problems.push(`guest ${g.guest.index}: the final read failed`);
    else for (const d of sameMap(api, inDb)) problems.push(`guest ${g.guest.index} API vs DB ${d}`);
    for (const d of sameMap(g.tracker.statuses(), inDb)) problems.push(`guest ${g.guest.index} view vs DB ${d}`);
  }
  return { name: "guests: refetched after the last resubscription; view = API = database", ok: problems.length === 0, detail: `${guests.length} guests${sample(problems)}` };
}

/** The kitchen board (refetch + events) = a fresh read of the board = the database's open orders. */
export function kitchenCheck(db: DbState, kitchen: Kitchen, finalApi: Map<string, string> | null): Check {
  const problems: string[] = [];
  const ch = [...kitchen.live.channels.values()].find((c) => c.name.endsWith(".staff-orders"))!;
  if (kitchen.refetcher.lastStartedAt < ch.lastSubscribedAt) problems.push("no refetch after the last subscription");
  const open = new Map(db.orders.filter((o) => !isTerminal(o.status)).map((o) => [o.id, o.status as string]));
  if (!finalApi) problems.push("the final read failed");
  else for (const d of sameMap(finalApi, open)) problems.push(`API vs DB ${d}`);
  for (const d of sameMap(kitchen.tracker.open(), open)) problems.push(`board vs DB ${d}`);
  return { name: `kitchen (on ${kitchen.instance.name}): board = API = database`, ok: problems.length === 0, detail: `${open.size} open orders, ${kitchen.queue.moved} moves by the kitchen (${kitchen.queue.delivered} delivered)${sample(problems)}` };
}

/** The desk's last-message times (refetch + guest_message events) = a fresh inbox read = the database. */
export function deskCheck(db: DbState, desk: FrontDesk, finalApi: Map<string, number> | null): Check {
  const problems: string[] = [];
  const ch = [...desk.live.channels.values()].find((c) => c.name.endsWith(".staff-chat"))!;
  if (desk.refetcher.lastStartedAt < ch.lastSubscribedAt) problems.push("no refetch after the last subscription");
  const inDb = new Map(db.conversations.flatMap((c) => (c.lastMessageAt ? [[c.id, c.lastMessageAt.getTime()] as const] : [])));
  if (!finalApi) problems.push("the final read failed");
  else
    for (const [id, at] of finalApi) {
      // The inbox lists the newest 100; each of those must match the database and what the desk tracked.
      if (inDb.get(id) !== at) problems.push(`inbox ${id.slice(0, 8)} API ${at} vs DB ${inDb.get(id)}`);
      if (desk.lastMessageAt.get(id) !== at) problems.push(`inbox ${id.slice(0, 8)} desk saw ${desk.lastMessageAt.get(id) ?? "nothing"} vs ${at}`);
    }
  return { name: `front desk (on ${desk.instance.name}): inbox = API = database`, ok: problems.length === 0, detail: `${inDb.size} conversations, ${finalApi?.size ?? 0} in the inbox's first page${sample(problems)}` };
}

/** No 5xx and no connection error except while the answering instance was down. */
export function trafficCheck(traffic: Traffic): Check {
  const phases = traffic.summary();
  const bad = phases.filter((p) => p.phase !== "app down" && (p.fiveXx || p.connErrors));
  return {
    name: "no 5xx or connection error except while the app was down",
    ok: bad.length === 0,
    detail: phases.map((p) => `${p.phase}: ${p.total} requests, ${p.fiveXx} 5xx, ${p.connErrors} conn errors`).join(" · ") + sample(bad.flatMap((p) => p.offenders)),
  };
}

/** Each app process after a round's quiet spell: its heap after a full collection (null: no answer), and its RSS for the record. */
export type RoundEnd = { round: number; heap: (HeapReading | null)[]; rss: number[] };

// A leak grows with every round; a heap that has found its size stays put. 20 % leaves room for
// caches still filling, not for a round's worth of retained requests.
const MEMORY_GROWTH_ALLOWED = 1.2;

/**
 * The heap used after a full collection at the end of the last round is within 20 % of the
 * baseline's, per app process (RSS is printed, not judged: V8 keeps the pages it grew into). The
 * baseline is round 2 when there are three or more: round 1 warms the heap up and has the faults
 * (the app restarted in it was measured after a minute of life). A missing reading fails.
 */
export function memoryCheck(ends: RoundEnd[]): Check {
  const first = ends.length >= 3 ? ends[1]! : ends[0]!;
  const last = ends[ends.length - 1]!;
  const problems = last.heap.flatMap((h, i) => {
    const was = first.heap[i];
    if (!h || !was) return [`instance ${i + 1}: no heap reading after round ${h ? first.round : last.round}`];
    if (!h.collected || !was.collected) return [`instance ${i + 1}: heap read without a forced collection (no --expose-gc)`];
    return h.heapUsed > was.heapUsed * MEMORY_GROWTH_ALLOWED ? [`instance ${i + 1} grew ${((h.heapUsed / was.heapUsed - 1) * 100).toFixed(0)} %`] : [];
  });
  const figures = ends.map((e) => `round ${e.round} ${e.heap.map((h) => (h ? h.heapUsed.toFixed(0) : "?")).join("/")} MiB`).join(" → ");
  return {
    name: `memory steady over rounds: heap used after a full GC, round ${last.round} ≤ ${MEMORY_GROWTH_ALLOWED}× round ${first.round}`,
    ok: problems.length === 0,
    detail: `${figures} (RSS ${ends.map((e) => e.rss.map((m) => m.toFixed(0)).join("/")).join(" → ")} MiB, not judged)${problems.length ? `; ${problems.join("; ")}` : ""}`,
  };
}
