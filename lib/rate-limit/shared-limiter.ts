import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";

// Every per-booking and per-sender limit of the app counts here: with REDIS_URL every instance
// shares the counters (an in-memory insurance limiter answers if Redis is down); without it each
// process counts alone, which is right for the single-process demo.

export type LimitSpec = { points: number; duration: number };

const store = globalThis as unknown as { __limiters?: Map<string, RateLimiterAbstract>; __limiterRedis?: Redis | null };

function redis(): Redis | null {
  if (store.__limiterRedis === undefined) {
    const url = env().REDIS_URL;
    store.__limiterRedis = url ? new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
  }
  return store.__limiterRedis;
}

/** The limiter named `name` (one per process), created on first use with `spec`. */
export function sharedLimiter(name: string, spec: LimitSpec): RateLimiterAbstract {
  store.__limiters ??= new Map();
  let limiter = store.__limiters.get(name);
  if (!limiter) {
    const opts = { keyPrefix: name, ...spec };
    const client = redis();
    limiter = client ? new RateLimiterRedis({ storeClient: client, ...opts, insuranceLimiter: new RateLimiterMemory(opts) }) : new RateLimiterMemory(opts);
    store.__limiters.set(name, limiter);
  }
  return limiter;
}

/** Counts one point for `key`; over the limit throws 429 RATE_LIMITED with the seconds to wait (Retry-After). */
export async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    throw new RateLimitedError(message, e.msBeforeNext / 1000);
  }
}

/** True when `key` may act now; a throttle that drops, never an error. */
export async function tryConsume(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    return false;
  }
}

/** Only for tests: forget every counter (the limiters are created again on next use). */
export function resetSharedLimiters(): void {
  store.__limiters = undefined;
}
