import { md5Hex, restStringToSign, safeEqual, hmacSha256Hex } from "./signatures";

export const MAX_CLOCK_SKEW_SEC = 600;

export type RestAuthInput = {
  method: string;
  /** Candidate paths to verify against: the raw request path and, if different, its decoded form. */
  paths: string[];
  params: Record<string, string>;
  rawBody: Buffer;
  key: string;
  secret: string;
  nowSec: number;
};

export type RestAuthResult = { ok: true } | { ok: false; error: string };

/** Verifies the query-string signature the `pusher` SDK adds to every REST call. */
export function verifyRestRequest(input: RestAuthInput): RestAuthResult {
  const { params } = input;
  const authKey = params.auth_key;
  const timestamp = params.auth_timestamp;
  const signature = params.auth_signature;
  if (authKey === undefined || timestamp === undefined || signature === undefined || params.auth_version === undefined) {
    return { ok: false, error: "Missing authentication parameters" };
  }
  if (!safeEqual(authKey, input.key)) return { ok: false, error: "Unknown auth_key" };
  if (params.auth_version !== "1.0") return { ok: false, error: "Unsupported auth_version" };
  if (!/^\d+$/.test(timestamp) || Math.abs(input.nowSec - Number(timestamp)) > MAX_CLOCK_SKEW_SEC) {
    return { ok: false, error: "Timestamp expired: given timestamp is not within 600 seconds of server time" };
  }
  const hasBody = input.rawBody.length > 0;
  if (hasBody || params.body_md5 !== undefined) {
    if (params.body_md5 === undefined || !safeEqual(params.body_md5, md5Hex(input.rawBody))) {
      return { ok: false, error: "Invalid body_md5" };
    }
  }
  // Check every candidate so the time spent does not depend on which one matched.
  let matched = false;
  for (const path of input.paths) {
    const expected = hmacSha256Hex(input.secret, restStringToSign(input.method, path, params));
    if (safeEqual(signature, expected)) matched = true;
  }
  return matched ? { ok: true } : { ok: false, error: "Invalid signature" };
}
