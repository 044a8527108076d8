import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { assertCookieWrite, originAllowed, ownHosts, requestHostname } from "./request-origin";

const EVIL = "http://evil.example";
const post = (headers: Record<string, string>, url = "http://hotel.test/stay/leave") => new Request(url, { method: "POST", headers: { host: "hotel.test", ...headers } });
const code = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? "THREW";
  }
};

const saved = { TRUST_PROXY: process.env.TRUST_PROXY, APP_URL: process.env.APP_URL };
function setEnv(values: Partial<typeof saved>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}
afterEach(() => setEnv(saved));

describe("one host rule", () => {
  it("names the host the client used, without its port, and nothing that is not a host name", () => {
    setEnv({ TRUST_PROXY: undefined });
    const name = (host: string, extra: Record<string, string> = {}) => requestHostname(new Headers({ host, ...extra }));
    expect(name("127.0.0.1:3000")).toBe("127.0.0.1");
    expect(name("Kitchen-Screen.Hotel.test:3000")).toBe("kitchen-screen.hotel.test");
    expect(name("[::1]:3000")).toBe("[::1]");
    expect(name("hotel.test", { "x-forwarded-host": "evil.example" })).toBe("hotel.test");
    expect(name("evil; script-src *")).toBeNull();
    setEnv({ TRUST_PROXY: "true" });
    expect(name("10.0.0.5:3000", { "x-forwarded-host": "guests.example.com" })).toBe("guests.example.com");
  });

  it("ignores X-Forwarded-Host unless TRUST_PROXY=true; APP_URL's host is also ours", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: "https://guests.example.com" });
    const forged = new Headers({ host: "hotel.test", "x-forwarded-host": "evil.example" });
    expect([...ownHosts(forged)].sort()).toEqual(["guests.example.com", "hotel.test"]);
    setEnv({ TRUST_PROXY: "true" });
    expect(ownHosts(forged).has("evil.example")).toBe(true);
  });

  it("a forged X-Forwarded-Host matching an evil Origin proves nothing to any policy", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: undefined });
    const forged = { origin: EVIL, "x-forwarded-host": "evil.example" };
    expect(originAllowed(post(forged), "page-form")).toBe(false);
    expect(code(() => assertCookieWrite(post({ ...forged, "content-type": "application/json" })))).toBe("CROSS_SITE_REQUEST");
  });
});

describe("page-form: our own pages' forms and server actions must prove their origin", () => {
  it("trusts Sec-Fetch-Site first, then Origin, and refuses a request that proves nothing", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: "https://guests.example.com" });
    expect(originAllowed(post({}), "page-form")).toBe(false);
    expect(originAllowed(post({ "sec-fetch-site": "same-origin", origin: "null" }), "page-form")).toBe(true); // a no-referrer page
    expect(originAllowed(post({ "sec-fetch-site": "none" }), "page-form")).toBe(false);
    expect(originAllowed(post({ "sec-fetch-site": "same-site" }), "page-form")).toBe(false);
    expect(originAllowed(post({ origin: "https://guests.example.com" }), "page-form")).toBe(true);
    expect(originAllowed(post({ origin: "http://hotel.test" }), "page-form")).toBe(true);
    expect(originAllowed(post({ origin: "http://hotel.test:8080" }), "page-form")).toBe(false); // a sibling port
  });
});

describe("cookie-authenticated writes (console session, portal cookie)", () => {
  const api = (headers: Record<string, string>) => post(headers, "http://hotel.test/api/public/hotel/h/chat/message/");
  it("refuses what a browser marks as coming from elsewhere: sibling ports, sibling sites, null origins", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: undefined });
    expect(code(() => assertCookieWrite(api({ origin: "http://hotel.test:3001" })))).toBe("CROSS_SITE_REQUEST");
    expect(code(() => assertCookieWrite(api({ "sec-fetch-site": "same-site", origin: "http://www.hotel.test" })))).toBe("CROSS_SITE_REQUEST");
    expect(code(() => assertCookieWrite(api({ "sec-fetch-site": "cross-site" })))).toBe("CROSS_SITE_REQUEST");
    expect(code(() => assertCookieWrite(api({ origin: "null" })))).toBe("CROSS_SITE_REQUEST");
  });

  it("takes only JSON (or no body), which no other origin can send without a preflight", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: undefined });
    expect(code(() => assertCookieWrite(api({ "content-type": "application/x-www-form-urlencoded" })))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(code(() => assertCookieWrite(api({ "content-type": "text/plain" })))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(code(() => assertCookieWrite(api({ "content-type": "multipart/form-data; boundary=x" })))).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("lets our own pages and header-less clients through, and never judges reads", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: undefined });
    expect(code(() => assertCookieWrite(api({ origin: "http://hotel.test", "sec-fetch-site": "same-origin", "content-type": "application/json" })))).toBeNull();
    expect(code(() => assertCookieWrite(api({ "content-type": "application/json; charset=utf-8" })))).toBeNull();
    expect(code(() => assertCookieWrite(api({})))).toBeNull();
    expect(code(() => assertCookieWrite(new Request("http://hotel.test/api/console/staff", { headers: { host: "hotel.test", origin: EVIL } })))).toBeNull();
  });
});
