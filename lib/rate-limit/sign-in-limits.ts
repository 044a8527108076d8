// Sign-in protection after rate-limiter-flexible's login recipe (wiki "Overall example", login
// endpoint protection), adapted so that an address many people share (a hotel's office and its
// guest Wi-Fi behind one public address) cannot be turned against the desk:
// - per account+address pair, a hard limit: the recipe's "consecutive fails by username and IP";
//   a successful sign-in clears it;
// - per address, a large daily budget of failed attempts (successes are refunded). Spent, it only
//   slows every attempt from that address down; it never refuses, so a desk user whose own
//   account+address pair is not blocked still signs in with the right password;
// - per account, from anywhere, only a growing delay, so an attacker elsewhere can slow the
//   rightful user down but never lock them out.
// With REDIS_URL every instance shares the counters; the in-memory store is the embedded
// single-process default.
export const SIGN_IN_LIMITS = {
  pair: { points: 5, duration: 15 * 60 }, // 5 failed attempts per account from one address per 15 minutes, then refused
  // 100 failed attempts per address per 24 hours (the recipe's number); past that each attempt waits 2 s.
  ip: { dailyFailures: 100, duration: 24 * 60 * 60, overBudgetDelayMs: 2000 },
  // Per account, from anywhere: after 5 failures each attempt waits 0.5 s, 1 s, 2 s ... up to 8 s.
  account: { freeFailures: 5, baseDelayMs: 500, maxDelayMs: 8000, duration: 60 * 60 },
} as const;
