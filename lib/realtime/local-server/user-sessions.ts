// Signed-in users → their connections, so terminateUser and #server-to-user checks find them.

export interface UserConnection {
  readonly socketId: string;
  terminate(code: number, message: string): void;
}

export class UserSessions {
  private readonly byUser = new Map<string, Map<string, UserConnection>>();
  /** userId → stamp and time of its last termination, to refuse a later signin on an older socket */
  private readonly terminated = new Map<string, { stamp: number; at: number }>();
  private counter = 0;

  /**
   * @param rememberTerminationsMs how long a termination is remembered: past the signin deadline,
   *   every socket opened before it has either signed in (and been closed) or been closed unsigned.
   */
  constructor(private readonly rememberTerminationsMs: number) {}

  /** A strictly increasing number, so "opened before terminated" needs no clock. */
  stamp(): number {
    return ++this.counter;
  }

  add(userId: string, conn: UserConnection): void {
    let conns = this.byUser.get(userId);
    if (!conns) {
      conns = new Map();
      this.byUser.set(userId, conns);
    }
    conns.set(conn.socketId, conn);
  }

  remove(userId: string, socketId: string): void {
    const conns = this.byUser.get(userId);
    if (!conns) return;
    conns.delete(socketId);
    if (conns.size === 0) this.byUser.delete(userId);
  }

  /**
   * Closes every signed-in connection of the user; 4009 keeps pusher-js from reconnecting and signing in again.
   * Sockets opened before now that have not signed in yet are refused if they try later (see terminatedSince).
   */
  terminate(userId: string): number {
    const now = Date.now();
    for (const [id, t] of this.terminated) if (now - t.at > this.rememberTerminationsMs) this.terminated.delete(id);
    this.terminated.set(userId, { stamp: this.stamp(), at: now });
    const conns = [...(this.byUser.get(userId)?.values() ?? [])];
    for (const conn of conns) conn.terminate(4009, "Connection terminated by the server");
    return conns.length;
  }

  /** True when the user was terminated after a socket with this opening stamp was opened. */
  terminatedSince(userId: string, openedStamp: number): boolean {
    const t = this.terminated.get(userId);
    return t !== undefined && t.stamp > openedStamp;
  }
}
