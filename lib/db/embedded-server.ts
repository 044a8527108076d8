import type { PGlite } from "@electric-sql/pglite";
import net from "node:net";

// Serves the process's one PGlite over the PostgreSQL wire protocol, so CLIs and the Next.js
// server can share the embedded database while this process owns its data folder.
//
// PGlite has a single session, so clients must never interleave: a connection takes the session
// at its first message and keeps it until a sync point (Sync/Query) outside a transaction.
// (pglite-socket's multiplexer interleaves extended-protocol messages between connections.)
// Clients must not use named prepared statements (postgres-js `prepare: false`): the session is shared.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

class SessionLock {
  private owner: symbol | null = null;
  private waiters: { id: symbol; resolve: () => void }[] = [];

  async acquire(id: symbol): Promise<void> {
    if (this.owner === id) return;
    if (this.owner === null) {
      this.owner = id;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push({ id, resolve }));
  }

  release(id: symbol): void {
    if (this.owner !== id) return;
    const next = this.waiters.shift();
    this.owner = next ? next.id : null;
    next?.resolve();
  }

  drop(id: symbol): void {
    this.waiters = this.waiters.filter((w) => w.id !== id);
    this.release(id);
  }

  holds(id: symbol): boolean {
    return this.owner === id;
  }
}

export type EmbeddedDbServer = { port: number; close: () => Promise<void> };

export async function serveEmbeddedDb(db: PGlite, opts: { host?: string; port?: number } = {}): Promise<EmbeddedDbServer> {
  const lock = new SessionLock();
  const sockets = new Set<net.Socket>();
  // Which connection last used the session: settings one client changed (search_path, …) must not
  // leak into the next, so the session is reset whenever it passes to another connection.
  let lastUser: symbol | null = null;

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const id = Symbol("conn");
    let buffer = Buffer.alloc(0);
    let started = false;
    let chain = Promise.resolve();
    let closed = false;

    const run = async (message: Uint8Array, syncPoint: boolean) => {
      await lock.acquire(id);
      if (closed) return lock.drop(id);
      if (lastUser !== null && lastUser !== id) await db.exec("DISCARD ALL");
      lastUser = id;
      await db.execProtocolRawStream(message, { onRawData: (chunk) => socket.writable && socket.write(Buffer.from(chunk)) });
      if (syncPoint && !db.isInTransaction()) lock.release(id);
    };

    const cleanup = () => {
      if (closed) return;
      closed = true;
      sockets.delete(socket);
      chain = chain.then(async () => {
        if (lock.holds(id) && db.isInTransaction()) await db.exec("ROLLBACK").catch(() => {});
        lock.drop(id);
      });
    };

    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const len = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            buffer = buffer.subarray(8);
            socket.write("N");
            continue;
          }
          if (code === CANCEL_REQUEST) return void socket.destroy();
          if (buffer.length < len) return;
          const startup = new Uint8Array(buffer.subarray(0, len));
          buffer = buffer.subarray(len);
          started = true;
          chain = chain.then(() => run(startup, true));
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0] ?? 0);
        const len = 1 + buffer.readInt32BE(1);
        if (buffer.length < len) return;
        const message = new Uint8Array(buffer.subarray(0, len));
        buffer = buffer.subarray(len);
        if (type === "X") {
          socket.end();
          return;
        }
        chain = chain.then(() => run(message, type === "S" || type === "Q")).catch((e) => {
          console.error("embedded db: protocol error", e instanceof Error ? e.message : e);
          socket.destroy();
        });
      }
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
        server.close(() => resolve());
      }),
  };
}
