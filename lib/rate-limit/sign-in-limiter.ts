import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { SIGN_IN_LIMITS } from "./sign-in-limits";

// The rules and numbers are in ./sign-in-limits.ts (shared with the e2e specs).

type Limiters = { pair: RateLimiterAbstract; ip: RateLimiterAbstract; account: RateLimiterAbstract };

const globalForLimiters = globalThis as unknown as { __signInLimiters?: Limiters };

// The account and address counters only measure (their delays grow); they never refuse.
const COUNT_ONLY = Number.MAX_SAFE_INTEGER;

function create(): Limiters {
  const url = env().REDIS_URL;
  const opts = {
    pair: { keyPrefix: "signin_pair", ...SIGN_IN_LIMITS.pair },
    ip: { keyPrefix: "signin_ip_day", points: COUNT_ONLY, duration: SIGN_IN_LIMITS.ip.duration },
    account: { keyPrefix: "signin_account", points: COUNT_ONLY, duration: SIGN_IN_LIMITS.account.duration },
  };
  if (url) {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // If Redis is briefly down, fall back to per-process counting rather than letting everyone in.
    const make = (o: { keyPrefix: string; points: number; duration: number }) => new RateLimiterRedis({ storeClient: client, ...o, insuranceLimiter: new RateLimiterMemory(o) });
    return { pair: make(opts.pair), ip: make(opts.ip), account: make(opts.account) };
  }
  return { pair: new RateLimiterMemory(opts.pair), ip: new RateLimiterMemory(opts.ip), account: new RateLimiterMemory(opts.account) };
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
// An unknown address (no socket, e.g. a unit test) still gets a bucket of its own.
const ipKey = (ip: string | null) => ip ?? "unknown";
const pairKey = (email: string, ip: string | null) => `${accountKey(email)}_${ipKey(ip)}`;

/** Delay before the n-th attempt on one account within the window (n counts this one). */
export function accountDelayMs(n: number): number {
  const { freeFailures, baseDelayMs, maxDelayMs } = SIGN_IN_LIMITS.account;
  if (n <= freeFailures) return 0;
  return Math.min(baseDelayMs * 2 ** (n - freeFailures - 1), maxDelayMs);
}

/** Delay before an attempt from an address with n - 1 failures today (n counts this one; successes are refunded). */
export function addressDelayMs(n: number): number {
  return n > SIGN_IN_LIMITS.ip.dailyFailures ? SIGN_IN_LIMITS.ip.overBudgetDelayMs : 0;
}

export type SignInAttempt = {
  /** How long to wait before comparing the password (the per-account or per-address slowdown). */
  delayMs: number;
  /** The password was right: clear this pair's and the account's failures, refund the address. */
  succeeded: () => Promise<void>;
};

// A refusal rejects with a RateLimiterRes. Not tested with instanceof: the limiters live on
// globalThis and may have been created by another server bundle with its own copy of the class.
const refused = (e: unknown) => {
  if (e instanceof RateLimiterRes || (typeof e === "object" && e !== null && !(e instanceof Error) && "msBeforeNext" in e)) return null;
  throw e;
};

/**
 * Counts an attempt before any password is compared (so parallel attempts cannot all slip
 * through a check made before any of them is recorded); a success gives its points back, so
 * only failures stay counted. Null: this account from this address has used up its failed
 * attempts; nothing may be compared. The address alone never refuses (it is shared by the
 * office and the guest Wi-Fi), it only slows down.
 */
export async function reserveSignInAttempt(email: string, ip: string | null): Promise<SignInAttempt | null> {
  const l = limiters();
  const byPair = await l.pair.consume(pairKey(email, ip)).catch(refused);
  if (!byPair) return null;
  const [byIp, byAccount] = await Promise.all([l.ip.consume(ipKey(ip)), l.account.consume(accountKey(email))]);
  return {
    delayMs: Math.max(accountDelayMs(byAccount.consumedPoints), addressDelayMs(byIp.consumedPoints)),
    succeeded: async () => {
      await Promise.all([l.pair.delete(pairKey(email, ip)), l.account.delete(accountKey(email)), l.ip.reward(ipKey(ip), 1)]);
    },
  };
}
