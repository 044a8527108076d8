// Channel naming rules shared by the WebSocket side and the REST API, so both reject the same names.

export type ChannelKind = "public" | "private" | "private-encrypted" | "presence" | "server-to-user";

export const SERVER_TO_USER_PREFIX = "#server-to-user-";
export const MAX_CHANNEL_NAME_LENGTH = 200; // the SDK's limit; the docs say 164, we accept the larger
export const MAX_USER_ID_LENGTH = 128;

const CHANNEL_CHARS = /^[A-Za-z0-9_\-=@,.;]+$/;

export function channelKind(name: string): ChannelKind {
  if (name.startsWith(SERVER_TO_USER_PREFIX)) return "server-to-user";
  if (name.startsWith("presence-")) return "presence";
  if (name.startsWith("private-encrypted-")) return "private-encrypted";
  if (name.startsWith("private-")) return "private";
  return "public";
}

/** `#` is reserved: only `#server-to-user-<id>` may use it, and the id may be any non-empty string (SDK rule). */
export function isValidChannelName(name: string): boolean {
  if (name.startsWith(SERVER_TO_USER_PREFIX)) {
    const id = name.slice(SERVER_TO_USER_PREFIX.length);
    return id.length > 0 && id.length <= MAX_USER_ID_LENGTH;
  }
  return name.length > 0 && name.length <= MAX_CHANNEL_NAME_LENGTH && CHANNEL_CHARS.test(name);
}

export function serverToUserChannel(userId: string): string {
  return `${SERVER_TO_USER_PREFIX}${userId}`;
}

/** The protocol's `\d+.\d+`, bounded: ours are at most 10 digits a side, and nothing longer needs parsing. */
export const SOCKET_ID_PATTERN = /^\d{1,20}\.\d{1,20}$/;
