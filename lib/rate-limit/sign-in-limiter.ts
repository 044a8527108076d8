import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Failed sign-ins are counted per account and per IP. With REDIS_URL every app instance shares the
// counters; the in-memory store is only the embedded single-process default.
export const SIGN_IN_LIMITS = {
  account: { points: 5, duration: 15 * 60 }, // 5 failures per account per 15 minutes
  ip: { points: 20, duration: 15 * 60 }, // 20 failures per IP per 15 minutes
} as const;

type Limiters = { account: RateLimiterAbstract; ip: RateLimiterAbstract };

const globalForLimiters = globalThis as unknown as { __signInLimiters?: Limiters };

function create(): Limiters {
  const url = env().REDIS_URL;
  if (url) {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const make = (keyPrefix: string, o: { points: number; duration: number }) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix,
        ...o,
        // If Redis is briefly down, fall back to per-process counting rather than letting everyone in.
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, ...o }),
      });
    return { account: make("signin_account", SIGN_IN_LIMITS.account), ip: make("signin_ip", SIGN_IN_LIMITS.ip) };
  }
  return {
    account: new RateLimiterMemory({ keyPrefix: "signin_account", ...SIGN_IN_LIMITS.account }),
    ip: new RateLimiterMemory({ keyPrefix: "signin_ip", ...SIGN_IN_LIMITS.ip }),
  };
}

function limiters(): Limiters {
  if (!globalForLimiters.__signInLimiters) globalForLimiters.__signInLimiters = create();
  return globalForLimiters.__signInLimiters;
}

/** Only for tests: forget all counters. */
export function resetSignInLimiters(): void {
  globalForLimiters.__signInLimiters = undefined;
}

const accountKey = (email: string) => email.trim().toLowerCase();

/** True when this account or this IP has used up its failed attempts. */
export async function isSignInBlocked(email: string, ip: string | null): Promise<boolean> {
  const l = limiters();
  const checks = [l.account.get(accountKey(email)), ip ? l.ip.get(ip) : Promise.resolve(null)];
  const [acc, byIp] = await Promise.all(checks);
  return (acc?.consumedPoints ?? 0) >= SIGN_IN_LIMITS.account.points || (byIp?.consumedPoints ?? 0) >= SIGN_IN_LIMITS.ip.points;
}

/** Counts one failed attempt against the account and the IP. Never throws for "limit reached". */
export async function recordSignInFailure(email: string, ip: string | null): Promise<void> {
  const l = limiters();
  const swallowLimit = (e: unknown) => {
    if (!(e instanceof RateLimiterRes)) throw e;
  };
  await Promise.all([l.account.consume(accountKey(email)).catch(swallowLimit), ip ? l.ip.consume(ip).catch(swallowLimit) : null]);
}

/** A successful sign-in clears the account's counter (not the IP's). */
export async function recordSignInSuccess(email: string): Promise<void> {
  await limiters().account.delete(accountKey(email));
}
