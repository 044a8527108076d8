import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { randomInt } from "node:crypto";
import { WebSocketServer, type WebSocket } from "ws";
import { hotelChannelBinding, type ChannelBinding } from "./channel-binding";
import { ChannelsRegistry } from "./channels-registry";
import { errorFrame } from "./frames";
import { createHttpApi } from "./http-api";
import { UserSessions } from "./user-sessions";
import { Connection } from "./ws-connection";

// A local Pusher Channels (protocol 7) server: WebSocket endpoint /app/{key} and REST API /apps/{appId}/…
// on one HTTP port, so the official `pusher` SDK and pusher-js work against it unchanged.

export type LocalPusherOptions = {
  host?: string;
  /** 0 = ephemeral */
  port: number;
  appId: string;
  key: string;
  secret: string;
  /**
   * Channel prefixes on which client events (`client-…`) are relayed, e.g. ["presence-"]. Default none:
   * every client event is refused with pusher:error 4301 and reaches nobody.
   */
  clientEvents?: readonly string[];
  /** a socket not signed in (pusher:signin) this long after opening is closed with 4009; default 30 s */
  signinTimeoutMs?: number;
  /** which signed-in user may subscribe to which channel; default this app's guest-channel rule, null = none */
  channelBinding?: ChannelBinding | null;
  /** open sockets per remote address; more are closed with 4100 (pusher-js retries later); default 100 */
  maxConnectionsPerAddress?: number;
  /** subscriptions per socket; more get subscription_error; default 100 */
  maxSubscriptionsPerSocket?: number;
  /** count connections per the first X-Forwarded-For address (only behind a proxy that sets it); default false */
  trustProxy?: boolean;
  /** default 120, sent in connection_established */
  activityTimeoutSec?: number;
  /** the server pings sockets idle this long; default activityTimeoutSec */
  pingIntervalMs?: number;
  /** close 4201 when no pong arrives this long after a server ping; default 30 s */
  pongTimeoutMs?: number;
  /** frames above this get a pusher:error; default 100 KB (4× this drops the socket with 1009) */
  maxFrameBytes?: number;
  logger?: (msg: string) => void;
};

export type LocalPusherServer = {
  port: number;
  host: string;
  close(): Promise<void>;
  terminateUser(userId: string): void;
  stats(): { connections: number; channels: number };
};

const SUPPORTED_PROTOCOL = 7;

/** Parses `/…/app/{key}?protocol=7…`; any wsPath prefix is accepted, as pusher-js allows one. */
function parseWsUrl(url: string): { key: string; protocol: string | null } | null {
  const parsed = new URL(url, "http://localhost");
  const match = /\/app\/([^/]+)$/.exec(parsed.pathname);
  if (!match?.[1]) return null;
  return { key: decodeURIComponent(match[1]), protocol: parsed.searchParams.get("protocol") };
}

/** Checks the `protocol` query parameter, returning the Pusher close code for a bad one. */
function protocolError(protocol: string | null): { code: number; message: string } | null {
  if (protocol === null || protocol === "") return { code: 4008, message: "No protocol version supplied" };
  if (!/^\d+$/.test(protocol)) return { code: 4006, message: "Invalid version string format" };
  if (Number(protocol) !== SUPPORTED_PROTOCOL) return { code: 4007, message: `Unsupported protocol version ${protocol}` };
  return null;
}

function remoteAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    // The right-most entry is what our proxy saw; entries to its left are the client's own claims.
    const last = (Array.isArray(forwarded) ? forwarded.join(",") : forwarded)?.split(",").pop()?.trim();
    if (last) return last.slice(0, 64);
  }
  return req.socket.remoteAddress ?? "unknown";
}

export async function startLocalPusherServer(opts: LocalPusherOptions): Promise<LocalPusherServer> {
  const host = opts.host ?? "127.0.0.1";
  const log = opts.logger ?? (() => {});
  const activityTimeoutSec = opts.activityTimeoutSec ?? 120;
  if (!(activityTimeoutSec > 0)) throw new Error("activityTimeoutSec must be > 0 (pusher-js rejects 0)");
  const maxFrameBytes = opts.maxFrameBytes ?? 100 * 1024;
  const signinTimeoutMs = opts.signinTimeoutMs ?? 30_000;
  if (!(signinTimeoutMs > 0)) throw new Error("signinTimeoutMs must be > 0");
  const maxConnectionsPerAddress = opts.maxConnectionsPerAddress ?? 100;

  const channels = new ChannelsRegistry();
  // Terminations are remembered a little past the signin deadline (see UserSessions.terminatedSince).
  const users = new UserSessions(2 * signinTimeoutMs + 1000);
  const perAddress = new Map<string, number>();
  const connections = new Map<string, Connection>();
  const terminateUser = (userId: string) => void users.terminate(userId);

  const ctx = {
    key: opts.key,
    secret: opts.secret,
    clientEventPrefixes: opts.clientEvents ?? [],
    signinTimeoutMs,
    maxSubscriptionsPerSocket: opts.maxSubscriptionsPerSocket ?? 100,
    channelBinding: opts.channelBinding === undefined ? hotelChannelBinding : opts.channelBinding,
    channels,
    users,
    pingIntervalMs: opts.pingIntervalMs ?? activityTimeoutSec * 1000,
    pongTimeoutMs: opts.pongTimeoutMs ?? 30_000,
    maxFrameBytes,
    maxPresenceMembers: 100,
    log,
    onClosed: (conn: Connection) => connections.delete(conn.socketId),
  };

  const http = createServer(createHttpApi({ appId: opts.appId, key: opts.key, secret: opts.secret, channels, terminateUser, log }));
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes * 4 });

  const newSocketId = (): string => {
    for (;;) {
      const id = `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
      if (!connections.has(id)) return id;
    }
  };

  const onSocket = (ws: WebSocket, req: IncomingMessage) => {
    ws.on("error", (err) => log(`websocket error: ${err.message}`));
    const target = parseWsUrl(req.url ?? "/");
    // Rejections go over the socket, not as an HTTP 404: pusher-js only gives up on a 40xx close.
    if (!target || target.key !== opts.key) {
      ws.send(errorFrame(4001, `App key ${target?.key ?? ""} not in this cluster`));
      ws.close(4001, "App does not exist");
      return;
    }
    const bad = protocolError(target.protocol);
    if (bad) {
      ws.send(errorFrame(bad.code, bad.message));
      ws.close(bad.code, bad.message);
      return;
    }
    const address = remoteAddress(req, opts.trustProxy ?? false);
    const open = perAddress.get(address) ?? 0;
    if (open >= maxConnectionsPerAddress) {
      ws.send(errorFrame(4100, "Too many connections from this address"));
      ws.close(4100, "Over capacity");
      return;
    }
    perAddress.set(address, open + 1);
    ws.once("close", () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    const conn = new Connection(ws, newSocketId(), ctx);
    connections.set(conn.socketId, conn);
    conn.start(activityTimeoutSec);
  };

  http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", (err) => log(`upgrade socket error: ${err.message}`));
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (!/\/app\/[^/]+$/.test(path)) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      try {
        onSocket(ws, req);
      } catch (err) {
        // e.g. a URL that URL() rejects: drop this socket, keep the server
        log(`upgrade handler error: ${(err as Error).message}`);
        ws.close(4200, "Internal error");
      }
    });
  });
  http.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(opts.port, host, () => {
      http.off("error", reject);
      resolve();
    });
  });
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  log(`local pusher server listening on ${host}:${port} (app ${opts.appId})`);

  return {
    port,
    host,
    terminateUser,
    stats: () => ({ connections: connections.size, channels: channels.size }),
    close: async () => {
      // 1001 "going away": clients retry, which is what a restarting dev server wants.
      for (const conn of [...connections.values()]) conn.close(1001, "Server shutting down");
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
