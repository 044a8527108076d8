import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Refused guest tokens counted per address. Only refusals count and a valid token is checked before
// this limit, so a hotel's guests behind one Wi-Fi address are never locked out by others' failures.
const limits = () => ({ points: env().TOKEN_FAILURE_LIMIT, duration: 10 * 60 });

const globalForLimiter = globalThis as unknown as { __tokenFailureLimiter?: RateLimiterAbstract };

function create(): RateLimiterAbstract {
  const keyPrefix = "token_fail_ip";
  const url = env().REDIS_URL;
  if (!url) return new RateLimiterMemory({ keyPrefix, ...limits() });
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // If Redis is briefly down, count per process rather than letting guessing through unlimited.
  return new RateLimiterRedis({ storeClient: client, keyPrefix, ...limits(), insuranceLimiter: new RateLimiterMemory({ keyPrefix, ...limits() }) });
}

function limiter(): RateLimiterAbstract {
  return (globalForLimiter.__tokenFailureLimiter ??= create());
}

/** Only for tests: forget all counters. */
export function resetTokenFailureLimiter(): void {
  globalForLimiter.__tokenFailureLimiter = undefined;
}

/**
 * Counts one refused token from this address. Returns null while the address is within its
 * limit, or the seconds to wait once it is over.
 */
export async function recordTokenFailure(ip: string | null): Promise<number | null> {
  if (!ip) return null;
  try {
    await limiter().consume(ip);
    return null;
  } catch (e) {
    // By shape, not instanceof: the limiter may come from another server bundle's copy of the library.
    if (e && typeof (e as RateLimiterRes).msBeforeNext === "number") return Math.ceil((e as RateLimiterRes).msBeforeNext / 1000);
    throw e;
  }
}
