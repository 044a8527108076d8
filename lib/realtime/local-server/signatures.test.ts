import { describe, expect, it } from "vitest";
import { isValidChannelName, channelKind } from "./channel-names";
import { ChannelsRegistry } from "./channels-registry";
import { TokenBucket } from "./rate-limit";
import { verifyRestRequest } from "./rest-auth";
import { channelStringToSign, md5Hex, restStringToSign, signAuth, userStringToSign, verifyAuth } from "./signatures";

// Test vectors from the Pusher docs (auth-signatures, rest-api), as recorded in /work/shared/pusher-protocol.md §3, §5.
const KEY = "278d425bdf160c739803";
const SECRET = "7ad3773142a6692b25b8";
const SOCKET = "1234.1234";

describe("signatures: spec test vectors", () => {
  it("private channel", () => {
    const auth = signAuth(KEY, SECRET, channelStringToSign(SOCKET, "private-foobar"));
    expect(auth).toBe(`${KEY}:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4`);
    expect(auth).toMatch(/:58df8b0c.*51c3a4$/);
  });

  it("user signin", () => {
    const auth = signAuth(KEY, SECRET, userStringToSign(SOCKET, '{"id":"12345"}'));
    expect(auth).toBe(`${KEY}:4708d583dada6a56435fb8bc611c77c359a31eebde13337c16ab43aa6de336ba`);
  });

  it("presence (the docs' vector holds with name 'Mr. Pusher')", () => {
    const data = '{"user_id":10,"user_info":{"name":"Mr. Pusher"}}';
    const auth = signAuth(KEY, SECRET, channelStringToSign(SOCKET, "presence-foobar", data));
    expect(auth).toBe(`${KEY}:afaed3695da2ffd16931f457e338e6c9f2921fa133ce7dac49f529792be6304c`);
  });

  it("verifyAuth accepts the right signature and rejects tampering", () => {
    const s = channelStringToSign(SOCKET, "private-foobar");
    const good = signAuth(KEY, SECRET, s);
    expect(verifyAuth(good, KEY, SECRET, s)).toBe(true);
    expect(verifyAuth(good.slice(0, -1) + "0", KEY, SECRET, s)).toBe(false);
    expect(verifyAuth(good.replace(KEY, "otherkey"), KEY, SECRET, s)).toBe(false);
    expect(verifyAuth(good, KEY, SECRET, channelStringToSign("1234.1235", "private-foobar"))).toBe(false);
    expect(verifyAuth("no-colon", KEY, SECRET, s)).toBe(false);
    expect(verifyAuth("", KEY, SECRET, s)).toBe(false);
  });
});

describe("REST request signing", () => {
  const body = JSON.stringify({ name: "foo", channels: ["project-3"], data: '{"some":"data"}' });
  const ts = 1353088179;
  const params = (extra: Record<string, string> = {}) => ({
    auth_key: KEY,
    auth_timestamp: String(ts),
    auth_version: "1.0",
    body_md5: md5Hex(body),
    auth_signature: "da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c",
    ...extra,
  });
  const check = (p: Record<string, string>, nowSec = ts, raw = body) =>
    verifyRestRequest({ method: "POST", paths: ["/apps/3/events"], params: p, rawBody: Buffer.from(raw), key: KEY, secret: SECRET, nowSec });

  it("reproduces the docs vector", () => {
    expect(md5Hex(body)).toBe("ec365a775a4cd0599faeb73354201b6f");
    const { auth_signature: _sig, ...rest } = params();
    expect(restStringToSign("POST", "/apps/3/events", rest)).toBe(
      `POST\n/apps/3/events\nauth_key=${KEY}&auth_timestamp=${ts}&auth_version=1.0&body_md5=ec365a775a4cd0599faeb73354201b6f`,
    );
    expect(check(params())).toEqual({ ok: true });
  });

  it("rejects clock skew over 600 s, a wrong md5, a wrong key and a changed body", () => {
    expect(check(params(), ts + 600).ok).toBe(true);
    expect(check(params(), ts + 601).ok).toBe(false);
    expect(check(params(), ts - 601).ok).toBe(false);
    expect(check(params({ body_md5: "0".repeat(32) })).ok).toBe(false);
    expect(check(params({ auth_key: "nope" })).ok).toBe(false);
    expect(check(params(), ts, body.replace("foo", "bar")).ok).toBe(false);
    const { auth_signature: _s, ...unsigned } = params();
    expect(check(unsigned).ok).toBe(false);
  });
});

describe("channel names", () => {
  it("accepts the Pusher character set up to 200 chars and reserves #", () => {
    expect(isValidChannelName("private-a_b-c=d@e,f.g;h")).toBe(true);
    expect(isValidChannelName("a".repeat(200))).toBe(true);
    expect(isValidChannelName("a".repeat(201))).toBe(false);
    expect(isValidChannelName("")).toBe(false);
    expect(isValidChannelName("has space")).toBe(false);
    expect(isValidChannelName("#other")).toBe(false);
    expect(isValidChannelName("#server-to-user-u1")).toBe(true);
    expect(isValidChannelName("#server-to-user-")).toBe(false);
    expect(channelKind("private-encrypted-x")).toBe("private-encrypted");
    expect(channelKind("presence-x")).toBe("presence");
    expect(channelKind("x")).toBe("public");
  });
});

describe("building blocks", () => {
  it("token bucket allows 10 per second", () => {
    let now = 0;
    const bucket = new TokenBucket(10, () => now);
    const burst = Array.from({ length: 11 }, () => bucket.take());
    expect(burst.filter(Boolean)).toHaveLength(10);
    now += 1000;
    expect(bucket.take()).toBe(true);
  });

  it("registry reports presence joins and leaves once per user", () => {
    const reg = new ChannelsRegistry();
    const sub = (socketId: string) => ({ socketId, send: () => {} });
    expect(reg.subscribe("presence-x", sub("1.1"), { userId: "u", userInfo: { n: 1 } }).firstForUser).toBe(true);
    expect(reg.subscribe("presence-x", sub("1.2"), { userId: "u", userInfo: { n: 1 } }).firstForUser).toBe(false);
    expect(reg.presenceSnapshot("presence-x")).toEqual({ ids: ["u"], hash: { u: { n: 1 } }, count: 1 });
    expect(reg.unsubscribe("presence-x", "1.1").lastForUser).toBeUndefined();
    expect(reg.unsubscribe("presence-x", "1.2").lastForUser).toBe("u");
    expect(reg.size).toBe(0);
  });
});
