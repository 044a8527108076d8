import Pusher from "pusher";
import PusherJS from "pusher-js";
import WebSocket from "ws";
import { startLocalPusherServer, type LocalPusherOptions, type LocalPusherServer } from "@/lib/realtime/local-server/server";

// Test-only helpers: start a server on an ephemeral port and drive it with the official clients.

export const APP = { appId: "1001", key: "local-key", secret: "local-secret" } as const;
const WAIT_MS = 8000;

export async function startTestServer(extra: Partial<LocalPusherOptions> = {}): Promise<LocalPusherServer> {
  return startLocalPusherServer({ ...APP, port: 0, host: "127.0.0.1", ...extra });
}

/** What a pusher-js client needs to reach a local server (ws only, no stats). */
export function pusherJsOptions(server: LocalPusherServer) {
  return { cluster: "local", wsHost: "127.0.0.1", wsPort: server.port, forceTLS: false, enabledTransports: ["ws" as const], disableStats: true };
}

export function sdkFor(server: LocalPusherServer, secret: string = APP.secret): Pusher {
  return new Pusher({ ...APP, secret, host: "127.0.0.1", port: String(server.port), useTLS: false });
}

/** Resolves when `check` returns a value other than undefined; rejects after a generous timeout. */
export async function waitUntil<T>(check: () => T | undefined, label: string, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Like waitUntil, for async checks (e.g. REST reads). */
export async function eventually<T>(check: () => Promise<T | undefined>, label: string, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves with the first value a binder reports; rejects after a generous timeout. */
export function waitFor<T>(bind: (cb: (value: T) => void) => void, label: string, timeoutMs = WAIT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${label}`)), timeoutMs);
    bind((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

export type ClientOptions = {
  key?: string;
  /** presence channel_data given to authorizeChannel, or null to send none (signed-in presence) */
  presence?: { user_id: string; user_info?: Record<string, unknown> } | null;
  /** signin user data; enables userAuthentication */
  user?: { id: string; user_info?: Record<string, unknown> };
  /** replaces the real SDK signature, to forge one */
  forgeAuth?: string;
  /** holds the signin signature until this settles, so subscriptions reach the server before signin */
  signinGate?: Promise<void>;
};

export class ClientPool {
  private readonly clients: PusherJS[] = [];
  private readonly raws: WebSocket[] = [];

  constructor(
    private readonly server: () => LocalPusherServer,
    private readonly sdk: () => Pusher,
  ) {}

  /** A pusher-js client whose auth callbacks are signed by the real `pusher` SDK. */
  client(opts: ClientOptions = {}): PusherJS {
    const sdk = this.sdk();
    const client = new PusherJS(opts.key ?? APP.key, {
      ...pusherJsOptions(this.server()),
      channelAuthorization: {
        customHandler: (params, cb) => {
          const data = params.channelName.startsWith("presence-") ? (opts.presence ?? undefined) : undefined;
          const auth = sdk.authorizeChannel(params.socketId, params.channelName, data);
          cb(null, opts.forgeAuth ? { ...auth, auth: opts.forgeAuth } : auth);
        },
      },
      userAuthentication: {
        customHandler: (params, cb) => {
          const user = opts.user;
          if (!user) return cb(new Error("no user configured"), null);
          void (opts.signinGate ?? Promise.resolve()).then(() => cb(null, sdk.authenticateUser(params.socketId, user)));
        },
      },
    });
    this.clients.push(client);
    return client;
  }

  async connected(opts: ClientOptions = {}): Promise<PusherJS> {
    const client = this.client(opts);
    await waitForState(client, "connected");
    return client;
  }

  async raw(path = `/app/${APP.key}?protocol=7&client=js&version=8.6.0&flash=false`): Promise<RawClient> {
    const ws = new WebSocket(`ws://127.0.0.1:${this.server().port}${path}`);
    this.raws.push(ws);
    const raw = new RawClient(ws);
    await waitFor<void>((cb) => ws.once("open", () => cb()), "raw socket open");
    return raw;
  }

  closeAll(): void {
    for (const c of this.clients.splice(0)) c.disconnect();
    for (const ws of this.raws.splice(0)) ws.terminate();
  }
}

export function waitForState(client: PusherJS, state: string): Promise<void> {
  if (client.connection.state === state) return Promise.resolve();
  return waitFor<void>(
    (cb) =>
      client.connection.bind("state_change", (s: { current: string }) => {
        if (s.current === state) cb();
      }),
    `state ${state}`,
  );
}

export type Frame = { event: string; channel?: string; data?: unknown; user_id?: string };

/** A bare `ws` client that records frames, for checks the official client would hide. */
export class RawClient {
  readonly frames: Frame[] = [];
  /** the frames exactly as they came over the wire */
  readonly texts: string[] = [];
  closeCode: number | null = null;
  private cursor = 0;

  constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      this.texts.push(String(data));
      const frame = JSON.parse(String(data)) as Frame;
      if (typeof frame.data === "string") {
        try {
          frame.data = JSON.parse(frame.data) as unknown;
        } catch {
          // not JSON: keep the string
        }
      }
      this.frames.push(frame);
    });
    ws.on("close", (code) => (this.closeCode = code));
    ws.on("error", () => {});
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** Next frame (after the ones already consumed) matching the predicate. */
  next(match: (f: Frame) => boolean, label: string): Promise<Frame> {
    return waitUntil(() => {
      for (let i = this.cursor; i < this.frames.length; i++) {
        const f = this.frames[i];
        if (f && match(f)) {
          this.cursor = i + 1;
          return f;
        }
      }
      return undefined;
    }, label);
  }

  nextEvent(event: string): Promise<Frame> {
    return this.next((f) => f.event === event, event);
  }

  closed(): Promise<number> {
    return waitUntil(() => this.closeCode ?? undefined, "socket close");
  }

  async socketId(): Promise<string> {
    const f = await this.nextEvent("pusher:connection_established");
    return (f.data as { socket_id: string }).socket_id;
  }
}
