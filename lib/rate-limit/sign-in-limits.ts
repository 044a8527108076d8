// Sign-in protection after rate-limiter-flexible's login recipe: a hard limit per account+address
// pair and per address, and per account only a growing delay, so an attacker elsewhere can slow
// the rightful user down but never lock them out. With REDIS_URL every instance shares the
// counters; the in-memory store is the embedded single-process default.
export const SIGN_IN_LIMITS = {
  pair: { points: 5, duration: 15 * 60 }, // 5 failed attempts per account from one address per 15 minutes
  ip: { points: 20, duration: 15 * 60 }, // 20 failed attempts per address per 15 minutes
  // Per account, from anywhere: after 5 failures each attempt waits 0.5 s, 1 s, 2 s ... up to 8 s.
  account: { freeFailures: 5, baseDelayMs: 500, maxDelayMs: 8000, duration: 60 * 60 },
} as const;
