import PusherJS from "pusher-js";
import { ChannelHub } from "@/lib/realtime/client/channel-hub";
import { keepSignedIn } from "@/lib/realtime/client/keep-signed-in";
import type { EventName } from "@/lib/realtime/events";
import { SOAK_PUSHER } from "./realtime-process";
import type { Instance, Traffic } from "./traffic";

// One simulated browser's realtime connection, built as the portal's RealtimeProvider builds it:
// pusher-js, channel and user auth posted to the app's endpoints with the page's identity, sign-in
// on every (re)connect, a retry of a failed sign-in, and one ChannelHub for the page's listeners.
// Each channel records when it was last (re)subscribed and which event ids reached it.

export type LiveAuth = { instance: () => Instance; identity: "guest" | "staff"; bearer?: string; cookie?: string };

export type ChannelLog = { name: string; lastSubscribedAt: number; subscriptions: number; received: Set<string>; duplicates: number };

export type ChannelHandlers = {
  onEvent?: (name: EventName, data: Record<string, unknown>) => void;
  /** After every (re)subscription: refetch, events may have been missed. */
  onResync?: () => void;
};

type AuthAnswer = { auth: string; channel_data?: string; user_data?: string };

export class LiveClient {
  readonly pusher: PusherJS;
  readonly hub: ChannelHub;
  readonly channels = new Map<string, ChannelLog>();
  connects = 0;
  signinErrors = 0;
  subscriptionErrors = 0;
  private readonly stopKeeping: () => void;

  constructor(
    readonly label: string,
    realtimePort: number,
    private readonly auth: LiveAuth,
    private readonly traffic: Traffic,
  ) {
    this.pusher = new PusherJS(SOAK_PUSHER.key, {
      cluster: "local",
      wsHost: "127.0.0.1",
      wsPort: realtimePort,
      forceTLS: false,
      enabledTransports: ["ws"],
      disableStats: true,
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, cb) =>
          void this.post("pusher auth", "/api/public/pusher/auth/", { socket_id: socketId, channel_name: channelName }).then(
            (a) => cb(null, a),
            (e: Error) => cb(e, null),
          ),
      },
      userAuthentication: {
        customHandler: ({ socketId }, cb) =>
          void this.post("pusher user-auth", "/api/public/pusher/user-auth/", { socket_id: socketId }).then(
            (a) => cb(null, { auth: a.auth, user_data: a.user_data ?? "" }),
            (e: Error) => cb(e, null),
          ),
      },
    });
    this.pusher.connection.bind("state_change", ({ current }: { current: string }) => {
      if (current !== "connected") return;
      this.connects++;
      this.pusher.signin();
    });
    // As the provider does: the same keepSignedIn, so the soak checks the pages' own recovery.
    this.pusher.user.bind("pusher:signin_error", () => this.signinErrors++);
    this.stopKeeping = keepSignedIn(this.pusher);
    this.hub = new ChannelHub(this.pusher);
  }

  private async post(route: string, path: string, fields: Record<string, string>): Promise<AuthAnswer> {
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    if (this.auth.bearer) headers.authorization = `Bearer ${this.auth.bearer}`;
    if (this.auth.cookie) headers.cookie = this.auth.cookie;
    const body = new URLSearchParams({ ...fields, identity: this.auth.identity }).toString();
    const a = await this.traffic.call(this.auth.instance(), route, path, { method: "POST", headers, body });
    if (a.status !== 200) throw new Error(`${route} ${a.status || a.error}`);
    return a.body as AuthAnswer;
  }

  listen(name: string, handlers: ChannelHandlers = {}): void {
    const log: ChannelLog = { name, lastSubscribedAt: 0, subscriptions: 0, received: new Set(), duplicates: 0 };
    this.channels.set(name, log);
    this.hub.listen(name, {
      onEvent: (event, data) => {
        log.received.add(String(data.event_id));
        handlers.onEvent?.(event, data);
      },
      onResync: () => {
        log.lastSubscribedAt = Date.now();
        log.subscriptions++;
        handlers.onResync?.();
      },
    });
    const channel = this.pusher.channel(name);
    // Frames as they arrive, before the hub drops repeats: at-least-once delivery, counted.
    const raw = new Set<string>();
    channel.bind_global((_event: string, data: unknown) => {
      const id = (data as { event_id?: unknown } | null)?.event_id;
      if (typeof id !== "string") return;
      if (raw.has(id)) log.duplicates++;
      raw.add(id);
    });
    // The hub retries a refused subscription as the portal's does; the soak only counts them. (The
    // custom auth handler's errors carry no HTTP status, so the hub takes every refusal as passing.)
    channel.bind("pusher:subscription_error", () => this.subscriptionErrors++);
  }

  /** Connected, and every channel subscribed. */
  live(): boolean {
    return this.pusher.connection.state === "connected" && [...this.channels.keys()].every((n) => this.pusher.channel(n)?.subscribed);
  }

  close(): void {
    this.stopKeeping();
    this.pusher.disconnect();
  }
}
