import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { accountDelayMs, reserveSignInAttempt, resetSignInLimiters } from "@/lib/rate-limit/sign-in-limiter";
import { SIGN_IN_LIMITS } from "@/lib/rate-limit/sign-in-limits";
import { acceptInvitation, listMyInvitations } from "@/lib/staff/invitations";
import { addStaff, changeStaffRole, deactivateStaff } from "@/lib/staff/manage-staff";
import { testHotel } from "@/lib/testing/fixtures";
import { assertRole, loadStaffContext } from "./staff-context";
import { verifyCredentials } from "./verify-credentials";


const password = "correct horse battery";

describe("verifyCredentials", () => {
  it("accepts the right password, refuses wrong or unknown, limits per account+address, only slows a busy address, never locks the account", async () => {
    resetSignInLimiters();
    const hotel = await testHotel();
    await createStaff(getDb(), { email: "Desk@Example.com", name: "Desk", password, memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
    expect(await verifyCredentials({ email: "desk@example.com", password }, "1.1.1.1")).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: "nobody@example.com", password }, "1.1.1.1")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyCredentials({ email: "not-an-email", password: "" }, "1.1.1.1")).toEqual({ ok: false, reason: "INVALID" });
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) await verifyCredentials({ email: "desk@example.com", password: "wrong" }, "2.2.2.2");
    // That address is done with this account, even with the right password...
    expect(await verifyCredentials({ email: "desk@example.com", password }, "2.2.2.2")).toEqual({ ok: false, reason: "RATE_LIMITED" });
    // ...but the rightful user elsewhere still signs in (after a short delay).
    expect(await verifyCredentials({ email: "desk@example.com", password }, "3.3.3.3")).toMatchObject({ ok: true });

    // An address past its daily budget of failures (a shared office and guest Wi-Fi) still lets
    // the desk in with the right password; the failures are reserved directly, without hashing.
    resetSignInLimiters();
    for (let i = 0; i < SIGN_IN_LIMITS.ip.dailyFailures; i++) await reserveSignInAttempt(`x${i}@example.com`, "4.4.4.4");
    expect(await verifyCredentials({ email: "nobody@example.com", password }, "4.4.4.4")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyCredentials({ email: "desk@example.com", password }, "4.4.4.4")).toMatchObject({ ok: true });
  });

  it("counts before comparing: parallel wrong passwords from one address get at most the limit compared", async () => {
    resetSignInLimiters();
    const results = await Promise.all(Array.from({ length: 30 }, () => verifyCredentials({ email: "parallel@example.com", password: "wrong" }, "6.6.6.6")));
    expect(results.filter((r) => !r.ok && r.reason === "INVALID")).toHaveLength(SIGN_IN_LIMITS.pair.points);
  });

  it("slows an account down with a growing, capped delay instead of locking it", () => {
    const { freeFailures, maxDelayMs } = SIGN_IN_LIMITS.account;
    expect(accountDelayMs(freeFailures)).toBe(0);
    expect(accountDelayMs(freeFailures + 2)).toBeGreaterThan(accountDelayMs(freeFailures + 1));
    expect(accountDelayMs(freeFailures + 50)).toBe(maxDelayMs);
  });
});

describe("loadStaffContext", () => {
  it("picks the cookie's hotel only among memberships and reflects role changes and deactivation at once", async () => {
    const a = await testHotel("Alpha");
    const b = await testHotel("Bravo");
    const c = await testHotel("Charlie");
    const admin = await createStaff(getDb(), { email: `admin-${a.slug}@x.io`, name: "Admin", password, memberships: [{ hotelId: a.id, role: "ADMIN" }] });
    const both = await createStaff(getDb(), { email: `both-${a.slug}@x.io`, name: "Both", password, memberships: [{ hotelId: a.id, role: "FRONT_DESK" }, { hotelId: b.id, role: "KITCHEN" }] });

    expect((await loadStaffContext({ staffId: both.id }))?.hotel.id).toBe(a.id);
    expect((await loadStaffContext({ staffId: both.id, preferredHotelSlug: b.slug }))?.role).toBe("KITCHEN");
    // A hotel the person does not work for is ignored, never selected.
    expect((await loadStaffContext({ staffId: both.id, preferredHotelSlug: c.slug }))?.hotel.id).toBe(a.id);

    const ctx = (await loadStaffContext({ staffId: both.id, preferredHotelSlug: b.slug }))!;
    expect(() => assertRole(ctx, ["ADMIN", "FRONT_DESK"])).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));

    const actor = { staffId: admin.id, hotelId: a.id };
    await changeStaffRole(actor, both.id, "ADMIN");
    expect((await loadStaffContext({ staffId: both.id }))?.role).toBe("ADMIN");
    await deactivateStaff(actor, both.id);
    expect((await loadStaffContext({ staffId: both.id, preferredHotelSlug: a.slug }))?.hotel.id).toBe(b.id);
    // Removed from the last hotel too: the account becomes inactive and sign-in fails.
    await deactivateStaff({ staffId: admin.id, hotelId: b.id }, both.id);
    expect(await loadStaffContext({ staffId: both.id })).toBeNull();
    resetSignInLimiters();
    expect(await verifyCredentials({ email: `both-${a.slug}@x.io`, password }, null)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("guards the last admin and self-deactivation; adding invites, never attaches an account, and answers alike", async () => {
    const a = await testHotel();
    const admin = await createStaff(getDb(), { email: `solo-${a.slug}@x.io`, name: "Solo", password, memberships: [{ hotelId: a.id, role: "ADMIN" }] });
    const actor = { staffId: admin.id, hotelId: a.id };
    await expect(changeStaffRole(actor, admin.id, "KITCHEN")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deactivateStaff(actor, admin.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const fresh = await addStaff(actor, { email: `new-${a.slug}@x.io`, name: "New", role: "KITCHEN", password: "a-long-password-1" });
    // An account of another hotel: same answer, its password unchanged, no membership until it accepts.
    const b = await testHotel();
    const other = await createStaff(getDb(), { email: `other-${b.slug}@x.io`, name: "Other", password, memberships: [{ hotelId: b.id, role: "ADMIN" }] });
    const existing = await addStaff(actor, { email: `other-${b.slug}@x.io`, name: "Renamed", role: "ADMIN", password: "attacker-password-1" });
    expect(Object.keys(existing)).toEqual(Object.keys(fresh));
    expect((await loadStaffContext({ staffId: other.id, preferredHotelSlug: a.slug }))?.hotel.id).toBe(b.id);
    expect(await verifyCredentials({ email: `other-${b.slug}@x.io`, password: "attacker-password-1" }, "7.7.7.7")).toEqual({ ok: false, reason: "INVALID" });
    const [inv] = await listMyInvitations({ staffId: other.id });
    await acceptInvitation({ staffId: other.id, invitationId: inv!.id });
    expect((await loadStaffContext({ staffId: other.id, preferredHotelSlug: a.slug }))?.role).toBe("ADMIN");
    await expect(addStaff(actor, { email: `other-${b.slug}@x.io`, name: "Other", role: "KITCHEN", password: "a-long-password-1" })).rejects.toMatchObject({ fields: { email: expect.any(Array) } });
  });
});
