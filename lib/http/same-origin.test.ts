import { afterEach, describe, expect, it } from "vitest";
import { assertSameOriginMutation } from "@/lib/auth/same-origin";
import { resetEnvCache } from "@/lib/env";
import { isSameOrigin, ownHosts } from "./same-origin";

const EVIL = "http://evil.example";
const post = (headers: Record<string, string>) => new Request("http://hotel.test/stay/leave", { method: "POST", headers: { host: "hotel.test", ...headers } });

const saved = { TRUST_PROXY: process.env.TRUST_PROXY, APP_URL: process.env.APP_URL };
function setEnv(values: Partial<typeof saved>) {
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}
afterEach(() => setEnv(saved));

describe("one host policy for the guest portal and the console", () => {
  it("ignores X-Forwarded-Host unless TRUST_PROXY=true; APP_URL's host is also ours", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: "https://guests.example.com" });
    const forged = new Headers({ host: "hotel.test", "x-forwarded-host": "evil.example" });
    expect([...ownHosts(forged)].sort()).toEqual(["guests.example.com", "hotel.test"]);
    setEnv({ TRUST_PROXY: "true" });
    expect(ownHosts(forged).has("evil.example")).toBe(true);
  });

  it("a forged X-Forwarded-Host matching an evil Origin proves nothing to either policy", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: undefined });
    const forged = { origin: EVIL, "x-forwarded-host": "evil.example" };
    expect(isSameOrigin(post(forged))).toBe(false);
    expect(() => assertSameOriginMutation(post({ ...forged, "content-type": "application/json" }))).toThrow(expect.objectContaining({ code: "CROSS_SITE_REQUEST" }));
  });

  it("keeps each call site's strictness: the portal refuses a header-less POST, the console accepts JSON from one", () => {
    setEnv({ TRUST_PROXY: undefined, APP_URL: "https://guests.example.com" });
    expect(isSameOrigin(post({}))).toBe(false);
    expect(() => assertSameOriginMutation(post({ "content-type": "application/json" }))).not.toThrow();
    expect(isSameOrigin(post({ "sec-fetch-site": "same-origin", origin: "null" }))).toBe(true); // the no-referrer portal
    expect(isSameOrigin(post({ "sec-fetch-site": "none" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "https://guests.example.com" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "http://hotel.test" }))).toBe(true);
  });
});
