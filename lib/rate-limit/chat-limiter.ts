import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";

// Chat floods are counted per booking (guest side) and per staff member (console side). With
// REDIS_URL every instance shares the counters. Generous enough that a real conversation never
// meets it: a burst of 20 messages a minute is far more than anyone types.
export const CHAT_LIMITS = {
  message: { points: 20, duration: 60 },
  // Typing relays: at most one every 3 seconds per sender; extra calls are dropped, not refused.
  typing: { points: 1, duration: 3 },
} as const;

type Kind = keyof typeof CHAT_LIMITS;

const globalForLimiters = globalThis as unknown as { __chatLimiters?: Record<Kind, RateLimiterAbstract> };

function create(): Record<Kind, RateLimiterAbstract> {
  const url = env().REDIS_URL;
  const client = url ? new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
  const make = (kind: Kind) => {
    const opts = { keyPrefix: `chat_${kind}`, ...CHAT_LIMITS[kind] };
    return client ? new RateLimiterRedis({ storeClient: client, ...opts, insuranceLimiter: new RateLimiterMemory(opts) }) : new RateLimiterMemory(opts);
  };
  return { message: make("message"), typing: make("typing") };
}

function limiter(kind: Kind): RateLimiterAbstract {
  globalForLimiters.__chatLimiters ??= create();
  return globalForLimiters.__chatLimiters[kind];
}

/** Only for tests: forget all counters. */
export function resetChatLimiters(): void {
  globalForLimiters.__chatLimiters = undefined;
}

/** Counts one message for `key` before any work; over the limit throws 429 with the seconds to wait. */
export async function consumeChatMessage(key: string): Promise<void> {
  try {
    await limiter("message").consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    throw new RateLimitedError("Too many messages; wait a moment", e.msBeforeNext / 1000);
  }
}

/** True when a typing relay for `key` may go out now (throttled, never an error). */
export async function takeTypingSlot(key: string): Promise<boolean> {
  try {
    await limiter("typing").consume(key);
    return true;
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    return false;
  }
}
