import { env } from "@/lib/env";

// The one seam to Pusher: Pusher Channels in production, any Pusher-protocol cluster, or the local
// server the launcher starts. Both the SDK and the browser config come from here.

export type ServerPusherConfig = { appId: string; key: string; secret: string; cluster: string; host?: string; port?: string; useTLS: boolean };

export function serverPusherConfig(): ServerPusherConfig | null {
  const e = env();
  if (!e.PUSHER_APP_ID || !e.PUSHER_KEY || !e.PUSHER_SECRET) return null;
  return {
    appId: e.PUSHER_APP_ID,
    key: e.PUSHER_KEY,
    secret: e.PUSHER_SECRET,
    cluster: e.PUSHER_CLUSTER,
    host: e.PUSHER_HOST,
    port: e.PUSHER_PORT ? String(e.PUSHER_PORT) : undefined,
    useTLS: e.PUSHER_USE_TLS ? e.PUSHER_USE_TLS === "true" : !e.PUSHER_HOST,
  };
}

/** What pusher-js needs in the browser; rendered by the server at request time (not baked in at build). */
export type ClientPusherConfig = {
  key: string;
  cluster: string;
  /** Self-hosted only; `null` host means "the page's own host name". */
  selfHosted: { host: string | null; port: number; tls: boolean } | null;
};

export function clientPusherConfig(): ClientPusherConfig | null {
  const e = env();
  const server = serverPusherConfig();
  if (!server) return null;
  if (!server.host) return { key: server.key, cluster: server.cluster, selfHosted: null };
  return {
    key: server.key,
    cluster: server.cluster,
    selfHosted: {
      host: e.PUSHER_CLIENT_HOST ?? (server.host === "127.0.0.1" || server.host === "localhost" ? null : server.host),
      port: e.PUSHER_CLIENT_PORT ?? Number(server.port ?? 6001),
      tls: server.useTLS,
    },
  };
}
