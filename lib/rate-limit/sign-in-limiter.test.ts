import { beforeEach, describe, expect, it } from "vitest";
import { addressDelayMs, reserveSignInAttempt, resetSignInLimiters } from "./sign-in-limiter";
import { SIGN_IN_LIMITS } from "./sign-in-limits";

const { dailyFailures, overBudgetDelayMs } = SIGN_IN_LIMITS.ip;

/** `n` failed attempts from `ip`, each on its own account so no pair limit is reached. */
async function failFrom(ip: string, n: number, prefix = "x") {
  for (let i = 0; i < n; i++) expect(await reserveSignInAttempt(`${prefix}${i}@example.com`, ip)).not.toBeNull();
}

describe("reserveSignInAttempt", () => {
  beforeEach(() => resetSignInLimiters());

  it("never refuses because of the address: past its daily budget an attempt is slowed, not refused", async () => {
    await failFrom("10.0.0.1", dailyFailures);
    const desk = await reserveSignInAttempt("desk@example.com", "10.0.0.1");
    expect(desk).not.toBeNull();
    expect(desk!.delayMs).toBe(overBudgetDelayMs);
    // Another address is not slowed.
    expect((await reserveSignInAttempt("desk@example.com", "10.0.0.2"))!.delayMs).toBe(0);
  });

  it("counts only failures against the address: successes give their point back", async () => {
    for (let i = 0; i < dailyFailures + 10; i++) await (await reserveSignInAttempt(`ok${i}@example.com`, "10.0.0.3"))!.succeeded();
    expect((await reserveSignInAttempt("desk@example.com", "10.0.0.3"))!.delayMs).toBe(0);
  });

  it("refuses an account from an address after its failures there, and only there", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) expect(await reserveSignInAttempt("desk@example.com", "10.0.0.4")).not.toBeNull();
    expect(await reserveSignInAttempt("Desk@Example.com", "10.0.0.4")).toBeNull();
    expect(await reserveSignInAttempt("desk@example.com", "10.0.0.5")).not.toBeNull();
    expect(await reserveSignInAttempt("kitchen@example.com", "10.0.0.4")).not.toBeNull();
  });

  it("slows only past the budget", () => {
    expect(addressDelayMs(dailyFailures)).toBe(0);
    expect(addressDelayMs(dailyFailures + 1)).toBe(overBudgetDelayMs);
  });
});
