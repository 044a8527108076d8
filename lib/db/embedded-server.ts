import type { PGlite } from "@electric-sql/pglite";
import { createHash, timingSafeEqual } from "node:crypto";
import net from "node:net";
import {
  CANCEL_REQUEST,
  FRONTEND_TYPES,
  GSSENC_REQUEST,
  MAX_MESSAGE_LENGTH,
  MAX_STARTUP_LENGTH,
  SSL_REQUEST,
  SYNC,
  canonicalStartup,
  cleartextPasswordRequest,
  errorResponse,
  parseStartup,
  readPassword,
  wantsCopyIn,
  wellFormed,
} from "./embedded-wire";

// Serves the process's one PGlite over the PostgreSQL wire protocol, so CLIs and the Next.js
// server can share the embedded database while this process owns its data folder.
//
// PGlite has a single session, so clients must never interleave: a connection takes the session
// at its first message and keeps it until a sync point (Sync/Query) outside a transaction.
// (pglite-socket's multiplexer interleaves extended-protocol messages between connections.)
// Clients must not use named prepared statements (postgres-js `prepare: false`): the session is shared.
//
// Hardening: a password (from DATA_DIR/local-secrets.json) is required; the handshake is answered
// here and only well-formed messages reach PGlite; a client waits for the session at most
// lockTimeoutMs and may hold it idle at most idleTimeoutMs (then it is rolled back and closed);
// if PGlite itself fails, every client is dropped and onFatal is told, instead of everyone hanging.

class LockTimeout extends Error {}
class ConnectionGone extends Error {}
class EngineDead extends Error {}

type Waiter = { id: symbol; resolve: () => void; reject: (e: Error) => void };

class SessionLock {
  private owner: symbol | null = null;
  private waiters: Waiter[] = [];

  acquire(id: symbol, timeoutMs: number): Promise<void> {
    if (this.owner === id) return Promise.resolve();
    if (this.owner === null) {
      this.owner = id;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => this.cancel(id, new LockTimeout()), timeoutMs);
      const done = () => clearTimeout(timer);
      this.waiters.push({ id, resolve: () => (done(), resolve()), reject: (e) => (done(), reject(e)) });
    });
  }

  release(id: symbol): void {
    if (this.owner !== id) return;
    const next = this.waiters.shift();
    this.owner = next ? next.id : null;
    next?.resolve();
  }

  /** Takes a connection out of the queue (it left, or waited too long). */
  cancel(id: symbol, reason: Error): void {
    const mine = this.waiters.filter((w) => w.id === id);
    this.waiters = this.waiters.filter((w) => w.id !== id);
    for (const w of mine) w.reject(reason);
  }

  holds(id: symbol): boolean {
    return this.owner === id;
  }
}

export type EmbeddedDbServer = { port: number; close: () => Promise<void> };

export type EmbeddedDbOptions = {
  /** Every client must send it (cleartext auth; the socket listens on loopback only). */
  password: string;
  host?: string;
  port?: number;
  /** How long a connection may wait for the session before it is refused and closed. */
  lockTimeoutMs?: number;
  /** How long a connection may hold the session with nothing to run (e.g. idle in a transaction). */
  idleTimeoutMs?: number;
  /** PGlite failed: the server has stopped; the owner should stop too. */
  onFatal?: (error: unknown) => void;
};

const digest = (s: string) => createHash("sha256").update(s).digest();

export async function serveEmbeddedDb(db: PGlite, opts: EmbeddedDbOptions): Promise<EmbeddedDbServer> {
  await db.waitReady; // a protocol message before PGlite has started kills it
  const lockTimeoutMs = opts.lockTimeoutMs ?? 30_000;
  const idleTimeoutMs = opts.idleTimeoutMs ?? 10_000;
  const expected = digest(opts.password);
  const lock = new SessionLock();
  const sockets = new Set<net.Socket>();
  // Which connection last used the session: settings one client changed (search_path, …) must not
  // leak into the next, so the session is reset whenever it passes to another connection.
  let lastUser: symbol | null = null;
  let dead = false;

  const die = (error: unknown) => {
    if (dead) return;
    dead = true;
    for (const s of sockets) s.destroy();
    server.close();
    (opts.onFatal ?? ((e) => console.error("embedded db: PGlite failed:", e instanceof Error ? e.message : e)))(error);
  };

  // Every PGlite call goes through here: PGlite reports SQL errors in the protocol stream, so a
  // throw means the engine itself is broken.
  const engine = async <T>(call: () => Promise<T>): Promise<T> => {
    if (dead) throw new EngineDead();
    if (db.closed) {
      die(new Error("PGlite was closed"));
      throw new EngineDead();
    }
    try {
      return await call();
    } catch (e) {
      die(e);
      throw new EngineDead();
    }
  };

  const server = net.createServer((socket) => {
    if (dead) return void socket.destroy();
    sockets.add(socket);
    socket.setNoDelay(true);
    const id = Symbol("conn");
    let buffer = Buffer.alloc(0);
    let phase: "startup" | "password" | "ready" = "startup";
    let chain = Promise.resolve();
    let pending = 0;
    let closed = false;
    let idleTimer: NodeJS.Timeout | undefined;

    const send = (data: Uint8Array) => socket.writable && socket.write(data);
    const refuse = (code: string, text: string) => {
      if (socket.writable) socket.end(errorResponse("FATAL", code, text), () => socket.destroy());
      else socket.destroy();
      cleanup();
    };

    const armIdle = () => {
      clearTimeout(idleTimer);
      if (closed || pending > 0 || !lock.holds(id)) return;
      idleTimer = setTimeout(() => {
        if (closed || pending > 0 || !lock.holds(id)) return;
        refuse("25P03", `terminating connection: it held the embedded database idle for over ${idleTimeoutMs} ms`);
      }, idleTimeoutMs);
    };

    const enqueue = (work: () => Promise<void>) => {
      pending++;
      clearTimeout(idleTimer);
      chain = chain
        .then(work)
        .catch((e) => {
          if (e instanceof LockTimeout) refuse("55P03", `the embedded database stayed busy for over ${lockTimeoutMs} ms (it runs one transaction at a time)`);
          else if (!(e instanceof ConnectionGone) && !(e instanceof EngineDead)) {
            console.error("embedded db: protocol error", e instanceof Error ? e.message : e);
            socket.destroy();
          }
        })
        .finally(() => {
          pending--;
          armIdle();
        });
    };

    const run = async (message: Uint8Array, syncPoint: boolean) => {
      if (closed) throw new ConnectionGone();
      await lock.acquire(id, lockTimeoutMs);
      if (closed) throw new ConnectionGone(); // cleanup, queued behind us, rolls back and releases
      if (lastUser !== null && lastUser !== id) await engine(() => db.exec("DISCARD ALL"));
      lastUser = id;
      await engine(() => db.execProtocolRawStream(message, { onRawData: (chunk) => send(chunk) }));
      if (syncPoint && !db.isInTransaction()) lock.release(id);
    };

    function cleanup() {
      if (closed) return;
      closed = true;
      clearTimeout(idleTimer);
      sockets.delete(socket);
      lock.cancel(id, new ConnectionGone());
      chain = chain
        .then(async () => {
          if (!lock.holds(id)) return;
          // End any half-sent extended query, then undo what the client left open.
          await engine(() => db.execProtocolRawStream(SYNC, { onRawData: () => {} }));
          if (db.isInTransaction()) await engine(() => db.exec("ROLLBACK"));
        })
        .catch(() => {})
        .finally(() => lock.release(id));
    }

    const onStartup = (): boolean => {
      if (buffer.length < 8) return false;
      const len = buffer.readInt32BE(0);
      const code = buffer.readInt32BE(4);
      if (len < 8 || len > MAX_STARTUP_LENGTH) return refuse("08P01", "invalid length of startup packet"), false;
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        buffer = buffer.subarray(8);
        send(Buffer.from("N"));
        return true;
      }
      if (code === CANCEL_REQUEST) return socket.destroy(), false;
      if (buffer.length < len) return false;
      const parsed = parseStartup(buffer.subarray(0, len));
      buffer = buffer.subarray(len);
      if (!parsed.ok) return refuse(parsed.code, parsed.message), false;
      phase = "password";
      send(cleartextPasswordRequest());
      return true;
    };

    const onMessage = (): boolean => {
      if (buffer.length < 5) return false;
      const type = String.fromCharCode(buffer[0]!);
      const bodyLen = buffer.readInt32BE(1);
      if (!FRONTEND_TYPES.has(type) || bodyLen < 4 || bodyLen > MAX_MESSAGE_LENGTH) return refuse("08P01", "invalid frontend message"), false;
      if (buffer.length < bodyLen + 1) return false;
      const message = buffer.subarray(0, bodyLen + 1);
      buffer = buffer.subarray(bodyLen + 1);
      if (!wellFormed(type, message.subarray(5))) return refuse("08P01", `malformed ${type} message`), false;
      if (wantsCopyIn(type, message.subarray(5))) return refuse("0A000", "COPY FROM STDIN is not supported by the embedded database"), false;
      if (phase === "password") {
        const given = readPassword(message);
        if (given === null || !timingSafeEqual(digest(given), expected)) return refuse("28P01", "password authentication failed"), false;
        phase = "ready";
        enqueue(() => run(canonicalStartup(), true));
        return true;
      }
      if (type === "X") return socket.end(), false;
      if (type === "p") return refuse("08P01", "unexpected password message"), false;
      const copy = new Uint8Array(message);
      enqueue(() => run(copy, type === "S" || type === "Q"));
      return true;
    };

    socket.on("data", (data) => {
      if (closed) return;
      buffer = Buffer.concat([buffer, data]);
      while (!closed && (phase === "startup" ? onStartup() : onMessage()));
    });
    socket.on("close", cleanup);
    socket.on("error", cleanup);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}
