import type { RawData, WebSocket } from "ws";
import type { ChannelBinding } from "./channel-binding";
import type { ChannelsRegistry, PresenceMember, Subscriber } from "./channels-registry";
import { channelKind, isValidChannelName, MAX_USER_ID_LENGTH, SERVER_TO_USER_PREFIX } from "./channel-names";
import {
  channelDataSchema,
  encodeFrame,
  errorFrame,
  inboundFrameSchema,
  MAX_EVENT_DATA_BYTES,
  normaliseData,
  parseJson,
  signinDataSchema,
  subscribeDataSchema,
  unsubscribeDataSchema,
  userDataSchema,
  type InboundFrame,
} from "./frames";
import { TokenBucket } from "./rate-limit";
import { channelStringToSign, userStringToSign, verifyAuth } from "./signatures";
import type { UserConnection, UserSessions } from "./user-sessions";

export type ConnectionContext = {
  key: string;
  secret: string;
  /** channel prefixes on which client events are relayed; empty = refused everywhere (4301) */
  clientEventPrefixes: readonly string[];
  /** a socket that has not signed in this long after opening is closed with 4009 */
  signinTimeoutMs: number;
  maxSubscriptionsPerSocket: number;
  channelBinding: ChannelBinding | null;
  channels: ChannelsRegistry;
  users: UserSessions;
  pingIntervalMs: number;
  pongTimeoutMs: number;
  /** Frames above this get a pusher:error (ws's maxPayload is the hard cap that drops the socket). */
  maxFrameBytes: number;
  maxPresenceMembers: number;
  log: (msg: string) => void;
  onClosed: (conn: Connection) => void;
};

const CLIENT_EVENTS_PER_SECOND = 10;
const MAX_USER_INFO_BYTES = 1024;

type SignedInUser = { id: string; userInfo: unknown };

/** One client socket: protocol-7 frame handling, subscriptions, signin and liveness. */
export class Connection implements Subscriber, UserConnection {
  private readonly subscriptions = new Set<string>();
  private readonly clientEventBucket = new TokenBucket(CLIENT_EVENTS_PER_SECOND);
  private user: SignedInUser | null = null;
  private lastActivity = Date.now();
  private pingSentAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private signinTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly openedStamp: number;

  constructor(
    private readonly ws: WebSocket,
    readonly socketId: string,
    private readonly ctx: ConnectionContext,
  ) {
    this.openedStamp = ctx.users.stamp();
  }

  start(activityTimeoutSec: number): void {
    this.ws.on("message", (data, isBinary) => this.onMessage(data, isBinary));
    this.ws.on("pong", () => this.touch());
    this.ws.on("close", () => this.cleanup());
    // ws emits 'error' for protocol violations (e.g. over maxPayload); unhandled it would crash the process.
    this.ws.on("error", (err) => this.ctx.log(`socket ${this.socketId} error: ${err.message}`));
    this.send(encodeFrame("pusher:connection_established", { socket_id: this.socketId, activity_timeout: activityTimeoutSec }));
    this.scheduleIdleCheck(this.ctx.pingIntervalMs);
    // A socket neither signed in nor bound to a guest by its channel in time could not be cut off
    // by revoking a link, so it goes.
    this.signinTimer = setTimeout(() => {
      if (!this.user) this.terminate(4009, `Connection not signed in within ${Math.round(this.ctx.signinTimeoutMs / 1000)} s`);
    }, this.ctx.signinTimeoutMs);
    this.signinTimer.unref();
  }

  send(raw: string): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(raw);
  }

  /** pusher:error then close, the pair soketi uses and pusher-js reads as "don't reconnect" for 4xxx < 4100. */
  terminate(code: number, message: string): void {
    this.send(errorFrame(code, message));
    this.close(code, message);
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) {
      this.ws.close(code, reason.slice(0, 120)); // close reasons are capped at 123 bytes
    }
    this.cleanup();
  }

  get signedInUserId(): string | null {
    return this.user?.id ?? null;
  }

  // ---- liveness ----------------------------------------------------------------------------

  private touch(): void {
    this.lastActivity = Date.now();
    this.pingSentAt = null;
  }

  /** One timer per socket, re-armed lazily, so busy sockets don't reset a timer on every frame. */
  private scheduleIdleCheck(delayMs: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => this.onTimer(), Math.max(delayMs, 10));
    this.timer.unref();
  }

  private onTimer(): void {
    const now = Date.now();
    if (this.pingSentAt !== null) {
      if (this.lastActivity < this.pingSentAt && now - this.pingSentAt >= this.ctx.pongTimeoutMs) {
        this.ctx.log(`socket ${this.socketId}: no pong, closing 4201`);
        this.close(4201, "Pong reply not received");
        return;
      }
      if (this.lastActivity < this.pingSentAt) {
        this.scheduleIdleCheck(this.pingSentAt + this.ctx.pongTimeoutMs - now);
        return;
      }
    }
    const idleFor = now - this.lastActivity;
    if (idleFor < this.ctx.pingIntervalMs) {
      this.scheduleIdleCheck(this.ctx.pingIntervalMs - idleFor);
      return;
    }
    this.pingSentAt = now;
    this.send(encodeFrame("pusher:ping", {}));
    this.scheduleIdleCheck(this.ctx.pongTimeoutMs);
  }

  // ---- inbound frames ----------------------------------------------------------------------

  private onMessage(data: RawData, isBinary: boolean): void {
    this.touch();
    try {
      if (isBinary) return this.sendError(null, "Binary frames are not supported");
      const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
      if (size > this.ctx.maxFrameBytes) return this.sendError(null, `Frame too large (max ${this.ctx.maxFrameBytes} bytes)`);
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
      const text = buf.toString("utf8");
      const parsed = inboundFrameSchema.safeParse(parseJson(text));
      if (!parsed.success) return this.sendError(null, "Invalid frame: expected JSON {event, channel?, data}");
      this.dispatch(parsed.data);
    } catch (err) {
      // A bug in one handler must not take the server down; report and keep the socket.
      this.ctx.log(`socket ${this.socketId}: handler error ${(err as Error).stack ?? String(err)}`);
      this.sendError(null, "Internal server error");
    }
  }

  private dispatch(frame: InboundFrame): void {
    switch (frame.event) {
      case "pusher:ping":
        return this.send(encodeFrame("pusher:pong", {}));
      case "pusher:pong":
        return; // touch() already recorded it
      case "pusher:subscribe":
        return this.onSubscribe(normaliseData(frame.data));
      case "pusher:unsubscribe":
        return this.onUnsubscribe(normaliseData(frame.data));
      case "pusher:signin":
        return this.onSignin(normaliseData(frame.data));
      default:
        if (frame.event.startsWith("client-")) return this.onClientEvent(frame);
        return this.sendError(null, `Unsupported event: ${frame.event.slice(0, 50)}`);
    }
  }

  private sendError(code: number | null, message: string): void {
    this.send(errorFrame(code, message));
  }

  private subscriptionError(channel: string, type: string, error: string, status: number): void {
    this.send(encodeFrame("pusher:subscription_error", { type, error, status }, channel));
  }

  // ---- subscriptions ------------------------------------------------------------------------

  private onSubscribe(data: unknown): void {
    const parsed = subscribeDataSchema.safeParse(data);
    if (!parsed.success) return this.sendError(null, "Invalid pusher:subscribe data: expected {channel, auth?, channel_data?}");
    const { channel, auth = "", channel_data: channelData } = parsed.data;
    if (!isValidChannelName(channel)) return this.subscriptionError(channel, "InvalidChannel", "Invalid channel name", 400);

    const kind = channelKind(channel);
    let member: PresenceMember | undefined;
    if (kind === "private" || kind === "private-encrypted") {
      if (!verifyAuth(auth, this.ctx.key, this.ctx.secret, channelStringToSign(this.socketId, channel))) {
        return this.authError(channel);
      }
    } else if (kind === "presence") {
      const result = this.authorisePresence(channel, auth, channelData);
      if (typeof result === "string") return this.subscriptionError(channel, "AuthError", result, 401);
      member = result;
    } else if (kind === "server-to-user") {
      const userId = channel.slice(SERVER_TO_USER_PREFIX.length);
      if (this.user?.id !== userId) {
        return this.subscriptionError(channel, "AuthError", "Only the signed-in user may subscribe to its own channel", 401);
      }
    }

    if (!this.subscriptions.has(channel) && this.subscriptions.size >= this.ctx.maxSubscriptionsPerSocket) {
      return this.subscriptionError(channel, "LimitReached", `At most ${this.ctx.maxSubscriptionsPerSocket} subscriptions per connection`, 400);
    }
    const binding = this.ctx.channelBinding?.(channel) ?? null;
    if (binding) {
      if (binding.owner === null || (this.user && this.user.id !== binding.owner)) return this.notYourChannel(channel);
      if (!this.user) {
        // Its signature proves the client holds the owner's credential: the socket now is that
        // user's, and revoking the user ends it. A signature fetched before a termination is spent.
        if (this.ctx.users.terminatedSince(binding.owner, this.openedStamp)) return this.terminate(4009, "Connection terminated by the server");
        this.bindUser({ id: binding.owner, userInfo: undefined });
      }
    }
    this.join(channel, member);
  }

  private notYourChannel(channel: string): void {
    this.subscriptionError(channel, "AuthError", "This channel belongs to another user", 403);
  }

  /** Adds a checked subscription and answers it (presence: with the member list, and tells the others). */
  private join(channel: string, member: PresenceMember | undefined): void {
    const kind = channelKind(channel);
    const alreadySubscribed = this.subscriptions.has(channel);
    if (!alreadySubscribed && member && !this.ctx.channels.hasMember(channel, member.userId)) {
      if (this.ctx.channels.memberCount(channel) >= this.ctx.maxPresenceMembers) {
        return this.subscriptionError(channel, "LimitReached", "The maximum members per presence channel limit was reached", 400);
      }
    }
    let firstForUser = false;
    if (!alreadySubscribed) {
      this.subscriptions.add(channel);
      firstForUser = this.ctx.channels.subscribe(channel, this, member).firstForUser;
    }
    const payload = kind === "presence" ? { presence: this.ctx.channels.presenceSnapshot(channel) } : {};
    this.send(encodeFrame("pusher_internal:subscription_succeeded", payload, channel));
    if (firstForUser && member) {
      const added = encodeFrame("pusher_internal:member_added", { user_id: member.userId, user_info: member.userInfo }, channel);
      this.ctx.channels.broadcast(channel, added, this.socketId);
    }
  }

  private authError(channel: string): void {
    this.subscriptionError(channel, "AuthError", "Invalid signature", 401);
  }

  /** Presence: signed channel_data, or (pusher-js 8 with signin) no channel_data and the signed-in user. */
  private authorisePresence(channel: string, auth: string, channelData: string | undefined): PresenceMember | string {
    if (channelData === undefined) {
      if (!this.user) return "Presence subscription needs channel_data or a signed-in user";
      if (!verifyAuth(auth, this.ctx.key, this.ctx.secret, channelStringToSign(this.socketId, channel))) return "Invalid signature";
      return { userId: this.user.id, userInfo: this.user.userInfo };
    }
    if (!verifyAuth(auth, this.ctx.key, this.ctx.secret, channelStringToSign(this.socketId, channel, channelData))) {
      return "Invalid signature";
    }
    const parsed = channelDataSchema.safeParse(parseJson(channelData));
    if (!parsed.success) return "channel_data must be JSON with a user_id";
    if (parsed.data.user_id.length > MAX_USER_ID_LENGTH) return "user_id is too long";
    if (Buffer.byteLength(JSON.stringify(parsed.data.user_info ?? null)) > MAX_USER_INFO_BYTES) return "user_info is too large";
    return { userId: parsed.data.user_id, userInfo: parsed.data.user_info };
  }

  private onUnsubscribe(data: unknown): void {
    const parsed = unsubscribeDataSchema.safeParse(data);
    if (!parsed.success) return this.sendError(null, "Invalid pusher:unsubscribe data: expected {channel}");
    this.leave(parsed.data.channel);
  }

  private leave(channel: string): void {
    if (!this.subscriptions.delete(channel)) return;
    const { lastForUser } = this.ctx.channels.unsubscribe(channel, this.socketId);
    if (lastForUser !== undefined) {
      this.ctx.channels.broadcast(channel, encodeFrame("pusher_internal:member_removed", { user_id: lastForUser }, channel));
    }
  }

  // ---- signin -------------------------------------------------------------------------------

  private onSignin(data: unknown): void {
    const parsed = signinDataSchema.safeParse(data);
    if (!parsed.success) return this.terminate(4009, "Invalid pusher:signin data: expected {auth, user_data}");
    const { auth, user_data: userDataRaw } = parsed.data;
    if (!verifyAuth(auth, this.ctx.key, this.ctx.secret, userStringToSign(this.socketId, userDataRaw))) {
      return this.terminate(4009, "Invalid signature for user authentication");
    }
    const userData = userDataSchema.safeParse(parseJson(userDataRaw));
    if (!userData.success || userData.data.id.length > MAX_USER_ID_LENGTH) {
      return this.terminate(4009, "user_data must be JSON with a non-empty string id");
    }
    if (this.user && this.user.id !== userData.data.id) {
      return this.terminate(4009, "This connection is already signed in as another user");
    }
    // A user signature fetched before the user was terminated (e.g. its link revoked) is spent.
    if (!this.user && this.ctx.users.terminatedSince(userData.data.id, this.openedStamp)) {
      return this.terminate(4009, "Connection terminated by the server");
    }
    this.bindUser({ id: userData.data.id, userInfo: userData.data.user_info });
    this.send(encodeFrame("pusher:signin_success", { user_data: userDataRaw }));
  }

  /** The socket belongs to this user from now on: no signin deadline, and ended with the user. */
  private bindUser(user: SignedInUser): void {
    this.user = user;
    if (this.signinTimer) clearTimeout(this.signinTimer);
    this.ctx.users.add(user.id, this);
  }

  // ---- client events ------------------------------------------------------------------------

  private onClientEvent(frame: InboundFrame): void {
    const channel = frame.channel;
    if (channel === undefined) return this.sendError(null, "Client event without a channel");
    const kind = channelKind(channel);
    if (kind !== "private" && kind !== "presence") {
      return this.sendError(null, "Client events are only allowed on private and presence channels");
    }
    // Off unless allowed for the channel: otherwise any subscriber could speak in the server's name.
    if (!this.ctx.clientEventPrefixes.some((prefix) => channel.startsWith(prefix))) {
      return this.sendError(4301, "Client events are not enabled on this channel");
    }
    if (!this.subscriptions.has(channel)) return this.sendError(null, `Not subscribed to ${channel.slice(0, 200)}`);
    if (!this.clientEventBucket.take()) {
      return this.sendError(4301, "Client event rate limit reached: at most 10 events per second");
    }
    const data = typeof frame.data === "string" ? frame.data : JSON.stringify(frame.data ?? {});
    if (Buffer.byteLength(data) > MAX_EVENT_DATA_BYTES) return this.sendError(null, "Client event data is over 10 KB");
    // presence events carry the sender's user_id, which pusher-js exposes as metadata.user_id
    const userId = kind === "presence" ? this.presenceUserId(channel) : undefined;
    this.ctx.channels.broadcast(channel, encodeFrame(frame.event, data, channel, userId), this.socketId);
  }

  private presenceUserId(channel: string): string | undefined {
    return this.ctx.channels.presenceUserOf(channel, this.socketId);
  }

  // ---- teardown -----------------------------------------------------------------------------

  private cleanup(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.signinTimer) clearTimeout(this.signinTimer);
    for (const channel of [...this.subscriptions]) this.leave(channel);
    if (this.user) this.ctx.users.remove(this.user.id, this.socketId);
    this.ctx.onClosed(this);
  }
}
