import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { clientPusherConfig } from "@/lib/realtime/config";
import { contentSecurityPolicy } from "./security-headers";

// The browser's realtime origin comes from one place (clientPusherConfig) for both the CSP and the
// settings the page hands to pusher-js: a host in one and not the other is a page stuck on "Connecting…".

const KEYS = ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET", "PUSHER_HOST", "PUSHER_PORT", "PUSHER_USE_TLS", "PUSHER_CLIENT_HOST", "PUSHER_CLIENT_PORT"] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

function setRealtimeEnv(values: Partial<Record<(typeof KEYS)[number], string>>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, { PUSHER_APP_ID: "app", PUSHER_KEY: "key", PUSHER_SECRET: "secret", ...values });
  resetEnvCache();
}

const connectSrc = (pageHostname: string) =>
  contentSecurityPolicy({ nonce: "n", pageHostname })
    .split("; ")
    .find((d) => d.startsWith("connect-src "))!
    .split(" ")
    .slice(1);

afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvCache();
});

describe("the browser's realtime host", () => {
  it("is PUSHER_CLIENT_HOST when set, in the CSP's connect-src and in the page's client settings", () => {
    setRealtimeEnv({ PUSHER_HOST: "127.0.0.1", PUSHER_PORT: "6001", PUSHER_CLIENT_HOST: "rt.hotel.example" });
    expect(clientPusherConfig()?.selfHosted).toEqual({ host: "rt.hotel.example", port: 6001, tls: false });
    expect(connectSrc("tablet.local")).toEqual(["'self'", "ws://rt.hotel.example:6001"]);
  });

  it("keeps PUSHER_CLIENT_PORT and TLS together with the host", () => {
    setRealtimeEnv({ PUSHER_HOST: "pusher.internal", PUSHER_PORT: "6001", PUSHER_USE_TLS: "true", PUSHER_CLIENT_HOST: "rt.hotel.example", PUSHER_CLIENT_PORT: "443" });
    expect(clientPusherConfig()?.selfHosted).toEqual({ host: "rt.hotel.example", port: 443, tls: true });
    expect(connectSrc("guest.hotel.example")).toEqual(["'self'", "wss://rt.hotel.example:443"]);
  });

  it("without it, a local server follows the host the page was served from", () => {
    setRealtimeEnv({ PUSHER_HOST: "127.0.0.1", PUSHER_PORT: "6001" });
    expect(clientPusherConfig()?.selfHosted).toEqual({ host: null, port: 6001, tls: false });
    expect(connectSrc("192.168.1.20")).toEqual(["'self'", "ws://192.168.1.20:6001"]);
  });

  it("on Pusher Channels (no PUSHER_HOST) names Pusher's hosts, and no realtime at all names none", () => {
    setRealtimeEnv({});
    expect(clientPusherConfig()?.selfHosted).toBeNull();
    expect(connectSrc("guest.hotel.example")).toEqual(["'self'", "wss://*.pusher.com", "https://*.pusher.com"]);
    setRealtimeEnv({});
    delete process.env.PUSHER_APP_ID;
    resetEnvCache();
    expect(clientPusherConfig()).toBeNull();
    expect(connectSrc("guest.hotel.example")).toEqual(["'self'"]);
  });
});
