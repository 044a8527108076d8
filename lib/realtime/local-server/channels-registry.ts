import { channelKind } from "./channel-names";

// Who is subscribed to what, plus presence membership. Pure bookkeeping: no sockets, no auth.

export interface Subscriber {
  readonly socketId: string;
  send(raw: string): void;
}

export type PresenceMember = { userId: string; userInfo: unknown };
type MemberEntry = { userInfo: unknown; sockets: Set<string> };

type ChannelState = {
  subscribers: Map<string, Subscriber>;
  /** presence only: userId → info and the sockets that joined as that user */
  members: Map<string, MemberEntry>;
  /** presence only: socketId → userId it joined as */
  memberOf: Map<string, string>;
};

export type PresenceSnapshot = { ids: string[]; hash: Record<string, unknown>; count: number };

export class ChannelsRegistry {
  private readonly channels = new Map<string, ChannelState>();

  /** Adds a subscriber; for presence returns whether this is the user's first connection (→ member_added). */
  subscribe(channel: string, sub: Subscriber, member?: PresenceMember): { firstForUser: boolean } {
    let state = this.channels.get(channel);
    if (!state) {
      state = { subscribers: new Map(), members: new Map(), memberOf: new Map() };
      this.channels.set(channel, state);
    }
    state.subscribers.set(sub.socketId, sub);
    if (!member) return { firstForUser: false };
    state.memberOf.set(sub.socketId, member.userId);
    const entry = state.members.get(member.userId);
    if (entry) {
      entry.sockets.add(sub.socketId);
      return { firstForUser: false };
    }
    state.members.set(member.userId, { userInfo: member.userInfo, sockets: new Set([sub.socketId]) });
    return { firstForUser: true };
  }

  /** Removes a subscriber; for presence returns the user id when its last connection left (→ member_removed). */
  unsubscribe(channel: string, socketId: string): { lastForUser?: string; wasSubscribed: boolean } {
    const state = this.channels.get(channel);
    if (!state || !state.subscribers.delete(socketId)) return { wasSubscribed: false };
    let lastForUser: string | undefined;
    const userId = state.memberOf.get(socketId);
    if (userId !== undefined) {
      state.memberOf.delete(socketId);
      const entry = state.members.get(userId);
      entry?.sockets.delete(socketId);
      if (entry && entry.sockets.size === 0) {
        state.members.delete(userId);
        lastForUser = userId;
      }
    }
    if (state.subscribers.size === 0) this.channels.delete(channel);
    return { lastForUser, wasSubscribed: true };
  }

  isSubscribed(channel: string, socketId: string): boolean {
    return this.channels.get(channel)?.subscribers.has(socketId) ?? false;
  }

  /** The user id a socket joined a presence channel as. */
  presenceUserOf(channel: string, socketId: string): string | undefined {
    return this.channels.get(channel)?.memberOf.get(socketId);
  }

  memberCount(channel: string): number {
    return this.channels.get(channel)?.members.size ?? 0;
  }

  hasMember(channel: string, userId: string): boolean {
    return this.channels.get(channel)?.members.has(userId) ?? false;
  }

  /** Sends one pre-encoded frame to every subscriber except `exceptSocketId`. */
  broadcast(channel: string, raw: string, exceptSocketId?: string): void {
    const state = this.channels.get(channel);
    if (!state) return;
    for (const sub of state.subscribers.values()) {
      if (sub.socketId !== exceptSocketId) sub.send(raw);
    }
  }

  presenceSnapshot(channel: string): PresenceSnapshot {
    const members = this.channels.get(channel)?.members ?? new Map<string, MemberEntry>();
    const hash: Record<string, unknown> = {};
    for (const [id, entry] of members) hash[id] = entry.userInfo ?? null;
    return { ids: [...members.keys()], hash, count: members.size };
  }

  users(channel: string): string[] {
    return [...(this.channels.get(channel)?.members.keys() ?? [])];
  }

  subscriptionCount(channel: string): number {
    return this.channels.get(channel)?.subscribers.size ?? 0;
  }

  /** Occupied channels only (empty ones are deleted eagerly). */
  channelNames(): string[] {
    return [...this.channels.keys()];
  }

  /** `info` attributes for the REST API; user_count only makes sense on presence channels. */
  channelInfo(channel: string, attributes: readonly string[]): Record<string, number> {
    const info: Record<string, number> = {};
    if (attributes.includes("user_count") && channelKind(channel) === "presence") info.user_count = this.memberCount(channel);
    if (attributes.includes("subscription_count")) info.subscription_count = this.subscriptionCount(channel);
    return info;
  }

  get size(): number {
    return this.channels.size;
  }
}
