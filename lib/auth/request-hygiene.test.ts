import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { cookieHeaderWithoutBadCallbackUrl, isSafeCallbackUrl, withSafeCallbackUrl } from "./callback-url";
import { clientIp, pinForwardedFor } from "./client-ip";

const incoming = (headers: Record<string, string>, remoteAddress = "::ffff:198.51.100.7") => ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe("client address", () => {
  it("without a trusted proxy, X-Forwarded-For is the socket's address whatever the client sent", () => {
    const req = incoming({ "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2" });
    pinForwardedFor(req, false);
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.7");
    expect(req.headers["x-real-ip"]).toBeUndefined();
    expect(clientIp(new Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"]) }))).toBe("198.51.100.7");
  });
  it("behind a trusted proxy, the address the proxy appended (right-most) counts", () => {
    const req = incoming({ "x-forwarded-for": "203.0.113.1, 192.0.2.9" });
    pinForwardedFor(req, true);
    expect(clientIp(new Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"]) }))).toBe("192.0.2.9");
  });
});

describe("callback URLs", () => {
  it("keeps same-site paths and URLs, drops anything else", () => {
    expect(isSafeCallbackUrl("/console", "localhost:3000")).toBe(true);
    expect(isSafeCallbackUrl("http://localhost:3000/console", "localhost:3000")).toBe(true);
    for (const bad of ["//evil.example", "/\\evil.example", "http://[", "javascript:alert(1)", "https://evil.example/", "\u0000"]) expect(isSafeCallbackUrl(bad, "localhost:3000"), bad).toBe(false);
    expect(cookieHeaderWithoutBadCallbackUrl("a=1; authjs.callback-url=%ZZ; b=2", "localhost:3000")).toBe("a=1; b=2");
    expect(cookieHeaderWithoutBadCallbackUrl("a=1; authjs.callback-url=%2Fconsole", "localhost:3000")).toBeNull();
    const req = withSafeCallbackUrl(new Request("http://localhost:3000/api/auth/signin?callbackUrl=http%3A%2F%2F%5B&x=1", { headers: { host: "localhost:3000" } }));
    expect(new URL(req.url).search).toBe("?x=1");
  });
});
