// Signed-in users → their connections, so terminateUser and #server-to-user checks find them.

export interface UserConnection {
  readonly socketId: string;
  terminate(code: number, message: string): void;
}

export class UserSessions {
  private readonly byUser = new Map<string, Map<string, UserConnection>>();

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

  /** Closes every signed-in connection of the user; 4009 keeps pusher-js from reconnecting and signing in again. */
  terminate(userId: string): number {
    const conns = [...(this.byUser.get(userId)?.values() ?? [])];
    for (const conn of conns) conn.terminate(4009, "Connection terminated by the server");
    return conns.length;
  }
}
