import { createHash, createHmac, timingSafeEqual } from "node:crypto";

// Pusher signatures: auth = key + ":" + hex HMAC-SHA256(secret, stringToSign).

export function hmacSha256Hex(secret: string, data: string): string {
  return createHmac("sha256", secret).update(data, "utf8").digest("hex");
}

export function md5Hex(body: string | Buffer): string {
  return createHash("md5").update(body).digest("hex");
}

/** Constant-time string compare; a length mismatch still does a compare so timing does not reveal it. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, "utf8");
  const bb = Buffer.from(b, "utf8");
  if (ab.length !== bb.length) {
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}

export const channelStringToSign = (socketId: string, channel: string, channelData?: string) =>
  channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;

export const userStringToSign = (socketId: string, userData: string) => `${socketId}::user::${userData}`;

export function signAuth(key: string, secret: string, stringToSign: string): string {
  return `${key}:${hmacSha256Hex(secret, stringToSign)}`;
}

/** Checks a `key:signature` auth string: the key prefix and the HMAC, both compared in constant time. */
export function verifyAuth(auth: string, key: string, secret: string, stringToSign: string): boolean {
  const colon = auth.indexOf(":");
  if (colon < 0) return false;
  const keyOk = safeEqual(auth.slice(0, colon), key);
  const sigOk = safeEqual(auth.slice(colon + 1), hmacSha256Hex(secret, stringToSign));
  return keyOk && sigOk;
}

/** REST string to sign: `METHOD\npath\nk=v&…` with keys lowercased and sorted, values unescaped. */
export function restStringToSign(method: string, path: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .filter(([k]) => k !== "auth_signature")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  return `${method.toUpperCase()}\n${path}\n${query}`;
}
