import { staffChatChannel, staffBookingsChannel, staffOrdersChannel, staffPresenceChannel } from "@/lib/realtime/channels";
import type { StaffLogin } from "./fixture";
import { KitchenQueue } from "./kitchen-queue";
import { LiveClient } from "./live-client";
import { Refetcher } from "./refetcher";
import { OrderTracker } from "./tracker";
import type { Instance, Traffic } from "./traffic";

// The two staff screens the soak keeps open. Both sign in over HTTP as a browser does (Auth.js
// CSRF token, then the credentials callback) and authorize their channels with that session
// cookie through the app's own auth endpoint, so every subscription and refetch is a real staff
// request. The kitchen watches the open-orders board (refetched after every (re)subscription) and
// works its orders through to their end, as cooks would (kitchen-queue.ts); the front desk watches
// the chat inbox.

/** A staff session cookie from Auth.js's own endpoints. */
export async function signIn(traffic: Traffic, instance: Instance, login: StaffLogin): Promise<string> {
  const csrf = await traffic.call(instance, "staff sign-in", "/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`csrf ${csrf.status || csrf.error}`);
  const pairs = (h: Headers | null) => (h?.getSetCookie() ?? []).map((c) => c.split(";")[0]!);
  const form = new URLSearchParams({ ...login, csrfToken: (csrf.body as { csrfToken: string }).csrfToken, callbackUrl: `${instance.url}/console` });
  const res = await traffic.call(instance, "staff sign-in", "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: pairs(csrf.headers).join("; ") },
    body: form.toString(),
  });
  const session = pairs(res.headers).filter((c) => c.startsWith("authjs.session-token"));
  if (res.status !== 302 || !session.length) throw new Error(`sign-in of ${login.email}: ${res.status} ${res.headers?.get("location")}`);
  return session.join("; ");
}

type StaffOrders = { orders: { order_id: string; type: string; status: string }[] };
type Inbox = { conversations: { id: string; last_message: { sent_at: string } | null }[] };

export class Kitchen {
  readonly tracker = new OrderTracker();
  readonly live: LiveClient;
  readonly refetcher: Refetcher;
  /** The cooks working the board's orders through to their end (kitchen-queue.ts). */
  readonly queue: KitchenQueue;

  constructor(
    readonly instance: Instance,
    private readonly cookie: string,
    hotelSlug: string,
    private readonly traffic: Traffic,
    realtimePort: number,
    cooks: number,
  ) {
    this.queue = new KitchenQueue(cooks, (id) => this.tracker.status(id), (id, from, to) => this.move(id, from, to));
    this.refetcher = new Refetcher(async (startedAt) => {
      const open = await this.fetchOpen("kitchen refetch");
      if (open) this.tracker.snapshot(startedAt, open, { openOnly: true });
      return open !== null;
    });
    this.live = new LiveClient("kitchen", realtimePort, { instance: () => this.instance, identity: "staff", cookie }, traffic);
    this.live.listen(staffPresenceChannel(hotelSlug));
    this.live.listen(staffOrdersChannel(hotelSlug), {
      onEvent: (name, data) => {
        if (name !== "order.created" && name !== "order.status_changed") return;
        const id = String(data.order_id);
        this.tracker.event(id, String(data.status));
        this.queue.seen(id, String(data.type), String(data.status));
      },
      onResync: () => void this.refetcher.run(),
    });
  }

  /** The board: every open order of the hotel (one whole list, never paged), or null when the read failed. */
  async fetchOpen(route: string): Promise<Map<string, string> | null> {
    const a = await this.traffic.call(this.instance, route, "/api/console/orders?status=open", { headers: { cookie: this.cookie } });
    if (a.status !== 200) return null;
    const orders = (a.body as StaffOrders).orders;
    for (const o of orders) this.queue.seen(o.order_id, o.type, o.status);
    return new Map(orders.map((o) => [o.order_id, o.status]));
  }

  /** A cook's move of one order, from the status the board shows (409 when it has moved meanwhile, e.g. the guest cancelled it). */
  private async move(id: string, from: string, to: string): Promise<{ status: number; now: string | null }> {
    const a = await this.traffic.call(this.instance, "kitchen status", `/api/console/orders/${id}/status`, {
      method: "POST",
      headers: { cookie: this.cookie, "content-type": "application/json" },
      body: JSON.stringify({ status: to, from_status: from }),
    });
    return { status: a.status, now: a.status === 200 ? ((a.body as { order?: { status?: string } }).order?.status ?? null) : null };
  }
}

export class FrontDesk {
  /** Conversation id → when its last message was sent (ms), from inbox refetches and guest_message events. */
  readonly lastMessageAt = new Map<string, number>();
  readonly live: LiveClient;
  readonly refetcher: Refetcher;

  constructor(
    readonly instance: Instance,
    private readonly cookie: string,
    hotelSlug: string,
    private readonly traffic: Traffic,
    realtimePort: number,
  ) {
    this.refetcher = new Refetcher(async () => {
      const inbox = await this.fetchInbox("desk refetch");
      if (inbox) for (const [id, at] of inbox) this.note(id, at);
      return inbox !== null;
    });
    this.live = new LiveClient("front desk", realtimePort, { instance: () => this.instance, identity: "staff", cookie }, traffic);
    this.live.listen(staffPresenceChannel(hotelSlug));
    this.live.listen(staffOrdersChannel(hotelSlug));
    this.live.listen(staffBookingsChannel(hotelSlug));
    this.live.listen(staffChatChannel(hotelSlug), {
      onEvent: (name, data) => {
        if (name === "guest_message") this.note(String(data.conversation_id), Date.parse(String(data.sent_at)));
      },
      onResync: () => void this.refetcher.run(),
    });
  }

  private note(id: string, at: number): void {
    this.lastMessageAt.set(id, Math.max(this.lastMessageAt.get(id) ?? 0, at));
  }

  /** The inbox's newest conversations (the console shows 100) with their last message time, or null. */
  async fetchInbox(route: string): Promise<Map<string, number> | null> {
    const a = await this.traffic.call(this.instance, route, "/api/console/conversations", { headers: { cookie: this.cookie } });
    if (a.status !== 200) return null;
    return new Map((a.body as Inbox).conversations.flatMap((c) => (c.last_message ? [[c.id, Date.parse(c.last_message.sent_at)] as const] : [])));
  }
}
