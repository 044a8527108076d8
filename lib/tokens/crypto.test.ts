import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { hashIp } from "./crypto";

const saved = process.env.AUTH_SECRET;
afterEach(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
  resetEnvCache();
});

describe("hashIp", () => {
  it("never falls back to a public constant key", () => {
    delete process.env.AUTH_SECRET;
    resetEnvCache();
    const h = hashIp("203.0.113.9");
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    // The key the code once fell back to, published in the repository.
    expect(h).not.toBe(createHmac("sha256", "guest-services-ip").update("203.0.113.9").digest("hex").slice(0, 32));
    // Stable within the process, so refusals from one address aggregate.
    expect(hashIp("203.0.113.9")).toBe(h);
  });

  it("is keyed by AUTH_SECRET when set, and not the secret used as is", () => {
    process.env.AUTH_SECRET = "a-secret-of-at-least-16-chars";
    resetEnvCache();
    const h = hashIp("203.0.113.9");
    expect(h).not.toBe(createHmac("sha256", "a-secret-of-at-least-16-chars").update("203.0.113.9").digest("hex").slice(0, 32));
    expect(hashIp("203.0.113.10")).not.toBe(h);
    expect(hashIp(null)).toBeNull();
  });
});
