import { guestBookingChannel, guestChatChannel, roomServiceChannel } from "@/lib/realtime/channels";
import type { SoakGuest } from "./fixture";
import { LiveClient } from "./live-client";
import { Refetcher } from "./refetcher";
import { OrderTracker } from "./tracker";
import type { Instance, Traffic } from "./traffic";
import { Writes, type Write } from "./writes";

// One simulated guest: subscribed to its three channels as the portal is (booking, room service,
// chat), refetching its orders after every (re)subscription, and looping with short random pauses
// over room-service orders (a fifth of them re-sent with the same key and body, once or twice,
// after the first answer or at the same time), breakfast for a free morning of the stay (or
// cancelling a pending one), chat messages (kept well under the 20-a-minute limit, re-sends
// included), reading its orders, and cancelling a pending order now and then.

export type Menu = { roomItems: string[]; breakfastItem: string };

const CHAT_PER_MINUTE = 10; // the booking's limit is 20 a minute, re-sends count too
const CHAT_PER_MINUTE_SETTLING = 18; // after the load, resending what was lost; a 429 is simply sent again later
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

type OrderPage = { orders: { order_id: string; status: string }[]; next_cursor: string | null };
type Slots = { next_free_morning: string | null; time_slots: string[]; mornings: { order_id: string | null; can_change: boolean }[] };

export class Guest {
  readonly tracker = new OrderTracker();
  /** Breakfast order ids (they are cancelled through the breakfast API, not room service's). */
  private readonly breakfastIds = new Set<string>();
  readonly live: LiveClient;
  readonly refetcher = new Refetcher(async (startedAt) => {
    const snap = await this.fetchOrders("guest refetch");
    if (snap) this.tracker.snapshot(startedAt, snap, { openOnly: false });
    return snap !== null;
  });
  private readonly chatSends: number[] = [];
  /** This guest's writes (the soak's ledger holds everyone's). */
  private readonly own: Write[] = [];
  private readonly base: string;

  constructor(
    readonly guest: SoakGuest,
    readonly instance: Instance,
    private readonly hotelSlug: string,
    private readonly menu: Menu,
    private readonly writes: Writes,
    private readonly traffic: Traffic,
    realtimePort: number,
    private readonly pauseMs: [number, number],
  ) {
    this.base = `/api/public/hotel/${hotelSlug}`;
    this.live = new LiveClient(`guest ${guest.index}`, realtimePort, { instance: () => this.instance, identity: "guest", bearer: guest.token }, traffic);
    this.live.listen(guestBookingChannel(guest.ref));
    this.live.listen(guestChatChannel(guest.ref));
    this.live.listen(roomServiceChannel(guest.ref), {
      onEvent: (name, data) => {
        if (name !== "order.created" && name !== "order.status_changed") return;
        if (data.type === "BREAKFAST") this.breakfastIds.add(String(data.order_id));
        this.tracker.event(String(data.order_id), String(data.status));
      },
      onResync: () => void this.refetcher.run(),
    });
  }

  private get auth() {
    return { authorization: `Bearer ${this.guest.token}` };
  }

  private get(route: string, path: string) {
    return this.traffic.call(this.instance, route, `${this.base}/${path}`, { headers: this.auth });
  }

  private post(route: string, path: string, body: unknown) {
    return this.traffic.call(this.instance, route, `${this.base}/${path}`, { method: "POST", headers: { ...this.auth, "content-type": "application/json" }, body: JSON.stringify(body) });
  }

  /** Every order of the booking (room service and breakfast, all pages), or null when a read failed. */
  async fetchOrders(route: string): Promise<Map<string, string> | null> {
    const out = new Map<string, string>();
    for (const list of ["room-services/orders/", "breakfast/orders/"]) {
      for (let before: string | null = "", pages = 0; before !== null && pages < 1000; pages++) {
        const a = await this.get(route, `${list}${before ? `?before=${before}` : ""}`);
        if (a.status !== 200) return null;
        const page = a.body as OrderPage;
        for (const o of page.orders) {
          out.set(o.order_id, o.status);
          if (list.startsWith("breakfast")) this.breakfastIds.add(o.order_id);
        }
        before = page.next_cursor;
      }
    }
    return out;
  }

  private chatAllowed(perMinute = CHAT_PER_MINUTE): boolean {
    const now = Date.now();
    while (this.chatSends.length && this.chatSends[0]! < now - 60_000) this.chatSends.shift();
    return this.chatSends.length < perMinute;
  }

  private create(...args: Parameters<Writes["create"]>): Write {
    const w = this.writes.create(...args);
    this.own.push(w);
    return w;
  }

  private sendWrite(w: Write) {
    if (w.kind === "chat") this.chatSends.push(Date.now());
    return this.writes.send(w);
  }

  /** The first send, and with chance `p` one or two re-sends of the same request: after its answer, or alongside it. */
  private async sendWithResends(w: Write, p: number): Promise<void> {
    if (Math.random() >= p) {
      await this.sendWrite(w);
      return;
    }
    const extra = Math.random() < 0.5 ? 1 : 2;
    if (w.kind === "chat" && this.chatSends.length + 1 + extra > CHAT_PER_MINUTE) {
      await this.sendWrite(w);
      return;
    }
    if (Math.random() < 0.5) {
      w.resent = "concurrently";
      await Promise.all(Array.from({ length: 1 + extra }, () => this.sendWrite(w)));
    } else {
      w.resent = "after";
      for (let i = 0; i <= extra; i++) await this.sendWrite(w);
    }
  }

  private async roomService(): Promise<void> {
    const items = [{ item_id: pick(this.menu.roomItems), quantity: 1 + Math.floor(Math.random() * 3) }];
    await this.sendWithResends(this.create("room-service", this.guest, this.instance, () => ({ items })), 0.2);
  }

  private async breakfast(): Promise<void> {
    const a = await this.get("breakfast slots", "breakfast/slots/");
    if (a.status !== 200) return;
    const slots = a.body as Slots;
    if (!slots.next_free_morning) {
      // Every morning ordered: cancel one still pending, so later loops can order again.
      const changeable = slots.mornings.filter((m) => m.order_id && m.can_change);
      if (changeable.length) await this.post("breakfast cancel", `breakfast/orders/${pick(changeable).order_id}/cancel/`, {});
      return;
    }
    const body = { delivery_date: slots.next_free_morning, time_slot: pick(slots.time_slots), guests: 1, items: [{ item_id: this.menu.breakfastItem, quantity: 1 }] };
    await this.sendWithResends(this.create("breakfast", this.guest, this.instance, () => body), 0.2);
  }

  private async chat(): Promise<void> {
    if (!this.chatAllowed()) return this.readOrders();
    const message = `Soak message ${Math.random().toString(36).slice(2, 10)}`;
    await this.sendWithResends(this.create("chat", this.guest, this.instance, (key) => ({ message, client_id: key })), 0.2);
  }

  private async readOrders(): Promise<void> {
    await this.get("guest orders", "room-services/orders/");
  }

  private async cancelPending(): Promise<void> {
    const pending = [...this.tracker.statuses()].filter(([id, s]) => s === "PENDING" && !this.breakfastIds.has(id)).map(([id]) => id);
    if (pending.length) await this.post("guest cancel", `room-services/orders/${pick(pending)}/cancel/`, {});
  }

  /** The guest's loop until `until` (epoch ms); unanswered writes are sent again first. */
  async run(until: number): Promise<void> {
    while (Date.now() < until) {
      const unsettled = this.own.filter((w) => !w.settled && (w.kind !== "chat" || this.chatAllowed()));
      if (unsettled.length) for (const w of unsettled) await this.sendWrite(w);
      else {
        const r = Math.random();
        if (r < 0.4) await this.roomService();
        else if (r < 0.52) await this.breakfast();
        else if (r < 0.72) await this.chat();
        else if (r < 0.94) await this.readOrders();
        else await this.cancelPending();
      }
      const [lo, hi] = this.pauseMs;
      await sleep(lo + Math.random() * (hi - lo));
    }
  }

  /** After the load: send each unanswered write again until it is answered (bounded by `until`). */
  async settle(until: number): Promise<void> {
    for (;;) {
      const unsettled = this.own.filter((w) => !w.settled);
      if (!unsettled.length || Date.now() > until) return;
      for (const w of unsettled) if (w.kind !== "chat" || this.chatAllowed(CHAT_PER_MINUTE_SETTLING)) await this.sendWrite(w);
      await sleep(1000);
    }
  }
}
