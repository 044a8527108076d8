import { randomUUID } from "node:crypto";
import type { SoakGuest } from "./fixture";
import type { Answer, Instance, Traffic } from "./traffic";

// Every guest write the soak sends, with each answer it got. A write carries its client key (the
// Idempotency-Key of an order, the client_id of a chat message) and its exact body, so a retry or a
// deliberate re-send is the same request. It is settled once it has a definite answer (2xx, or a
// 4xx other than 429); until then the guest sends it again, as a client with a lost answer would.

export type WriteKind = "room-service" | "breakfast" | "chat";

export type Write = {
  kind: WriteKind;
  guest: SoakGuest;
  instance: Instance;
  key: string;
  body: string;
  /** The status of every answer, and the order or message id a 2xx named. */
  answers: { status: number; id: string | null; code: string | null }[];
  /** Sent more than once on purpose (not only retried after a lost answer). */
  resent: "no" | "after" | "concurrently";
  settled: boolean;
};

const PATHS: Record<WriteKind, string> = { "room-service": "room-services/order/", breakfast: "breakfast/order/", chat: "chat/message/" };

export class Writes {
  readonly all: Write[] = [];

  constructor(
    private readonly traffic: Traffic,
    private readonly hotelSlug: string,
  ) {}

  create(kind: WriteKind, guest: SoakGuest, instance: Instance, body: (key: string) => Record<string, unknown>): Write {
    const key = `soak-${randomUUID()}`;
    const w: Write = { kind, guest, instance, key, body: JSON.stringify(body(key)), answers: [], resent: "no", settled: false };
    this.all.push(w);
    return w;
  }

  async send(w: Write): Promise<Answer> {
    const headers: Record<string, string> = { authorization: `Bearer ${w.guest.token}`, "content-type": "application/json" };
    if (w.kind !== "chat") headers["idempotency-key"] = w.key;
    const a = await this.traffic.call(w.instance, w.kind, `/api/public/hotel/${this.hotelSlug}/${PATHS[w.kind]}`, { method: "POST", headers, body: w.body });
    const body = (a.body ?? {}) as { order_id?: unknown; message_id?: unknown; code?: unknown };
    const id = a.status >= 200 && a.status < 300 ? String(body.order_id ?? body.message_id ?? "") || null : null;
    w.answers.push({ status: a.status, id, code: typeof body.code === "string" ? body.code : null });
    if ((a.status >= 200 && a.status < 500 && a.status !== 429) || w.settled) w.settled = true;
    return a;
  }

  /** The ids the write's 2xx answers named (more than one would be a doubled order). */
  static ids(w: Write): Set<string> {
    return new Set(w.answers.flatMap((a) => (a.id ? [a.id] : [])));
  }
}
