import fs from "node:fs";
import path from "node:path";
import Pusher from "pusher";
import PusherJS from "pusher-js";

// pusher-js (the official client, Node build) against the running app's Pusher-protocol server,
// authorised by the app's real endpoints over HTTP.

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
const pusherPort = Number(process.env.E2E_PUSHER_PORT ?? 6101);

function pusherSecrets(): { appId: string; key: string; secret: string } {
  const secrets = JSON.parse(fs.readFileSync(path.resolve(".data", `e2e-${port}`, "local-secrets.json"), "utf8")) as { pusher: { appId: string; key: string; secret: string } };
  return secrets.pusher;
}

export function pusherKey(): string {
  return pusherSecrets().key;
}

/** The official server SDK against the app's local Pusher server: publishes as the app would. */
export function appSdk(): Pusher {
  return new Pusher({ ...pusherSecrets(), host: "127.0.0.1", port: String(pusherPort), useTLS: false });
}

/** Whether any socket is subscribed to `channel` now, as the app's own "is the guest watching" check asks. */
export async function channelOccupied(channel: string): Promise<boolean> {
  const res = await appSdk().get({ path: `/channels/${channel}` });
  return res.ok && ((await res.json()) as { occupied?: boolean }).occupied === true;
}

/** How a pusher-js client reaches the app's local Pusher server: plain ws, no stats. */
export function pusherTransport() {
  return { cluster: "local", wsHost: "127.0.0.1", wsPort: pusherPort, forceTLS: false, enabledTransports: ["ws" as const], disableStats: true };
}

type Auth = { bearer?: string; cookie?: string };

async function post(endpoint: string, auth: Auth, fields: Record<string, string>) {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (auth.bearer) headers.Authorization = `Bearer ${auth.bearer}`;
  if (auth.cookie) headers.Cookie = auth.cookie;
  return fetch(`${baseURL}${endpoint}`, { method: "POST", headers, body: new URLSearchParams(fields) });
}

/** Signs in as soon as it connects, as the app's pages do (so revocation can end it by user). */
export function appClient(auth: Auth, opts: { endpoint?: string; tamper?: boolean } = {}): PusherJS {
  const endpoint = opts.endpoint ?? "/api/notifications/pusher/auth/";
  const client = new PusherJS(pusherKey(), {
    ...pusherTransport(),
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, cb) => {
        void post(endpoint, auth, { socket_id: socketId, channel_name: channelName }).then(async (res) => {
          if (!res.ok) return cb(new Error(`auth ${res.status}`), null);
          const body = (await res.json()) as { auth: string; channel_data?: string };
          cb(null, opts.tamper ? { ...body, auth: `${body.auth.split(":")[0]}:${"0".repeat(64)}` } : body);
        });
      },
    },
    userAuthentication: {
      customHandler: ({ socketId }, cb) => {
        void post("/api/public/pusher/user-auth/", auth, { socket_id: socketId }).then(async (res) => {
          if (!res.ok) return cb(new Error(`user auth ${res.status}`), null);
          cb(null, (await res.json()) as { auth: string; user_data: string });
        });
      },
    },
  });
  client.signin();
  return client;
}

export function waitFor<T>(bind: (done: (v: T) => void) => void, label: string, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out: ${label}`)), ms);
    bind((v) => {
      clearTimeout(t);
      resolve(v);
    });
  });
}

/** "ok", or how the subscription was refused: by the server (status 401) or by our endpoint ("auth 403"). */
export function subscribed(client: PusherJS, channel: string): Promise<string> {
  const ch = client.subscribe(channel);
  return waitFor((done) => {
    ch.bind("pusher:subscription_succeeded", () => done("ok"));
    ch.bind("pusher:subscription_error", (e: { status?: number; error?: string }) => done(e.status ? `server ${e.status}` : String(e.error)));
  }, `subscription to ${channel}`);
}

export function connected(client: PusherJS): Promise<void> {
  if (client.connection.state === "connected") return Promise.resolve();
  return waitFor((done) => client.connection.bind("connected", () => done(undefined)), "connected");
}
