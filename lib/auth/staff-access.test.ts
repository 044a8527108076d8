import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { resetSignInLimiters, SIGN_IN_LIMITS } from "@/lib/rate-limit/sign-in-limiter";
import { addStaff, changeStaffRole, deactivateStaff } from "@/lib/staff/manage-staff";
import { testHotel } from "@/lib/testing/fixtures";
import { assertRole, loadStaffContext } from "./staff-context";
import { verifyCredentials } from "./verify-credentials";


const password = "correct horse battery";

describe("verifyCredentials", () => {
  it("accepts the right password, refuses wrong or unknown, and rate-limits per account and IP", async () => {
    resetSignInLimiters();
    const hotel = await testHotel();
    await createStaff(getDb(), { email: "Desk@Example.com", name: "Desk", password, memberships: [{ hotelId: hotel.id, role: "FRONT_DESK" }] });
    expect(await verifyCredentials({ email: "desk@example.com", password }, "1.1.1.1")).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: "nobody@example.com", password }, "1.1.1.1")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyCredentials({ email: "not-an-email", password: "" }, "1.1.1.1")).toEqual({ ok: false, reason: "INVALID" });
    for (let i = 0; i < SIGN_IN_LIMITS.account.points; i++) await verifyCredentials({ email: "desk@example.com", password: "wrong" }, `2.2.2.${i}`);
    // The account is now locked even with the right password, from any IP.
    expect(await verifyCredentials({ email: "desk@example.com", password }, "3.3.3.3")).toEqual({ ok: false, reason: "RATE_LIMITED" });

    resetSignInLimiters();
    for (let i = 0; i < SIGN_IN_LIMITS.ip.points; i++) await verifyCredentials({ email: `x${i}@example.com`, password: "wrong" }, "4.4.4.4");
    expect(await verifyCredentials({ email: "desk@example.com", password }, "4.4.4.4")).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect(await verifyCredentials({ email: "desk@example.com", password }, "5.5.5.5")).toMatchObject({ ok: true });
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

  it("guards the last admin and self-deactivation; adding reuses accounts", async () => {
    const a = await testHotel();
    const admin = await createStaff(getDb(), { email: `solo-${a.slug}@x.io`, name: "Solo", password, memberships: [{ hotelId: a.id, role: "ADMIN" }] });
    const actor = { staffId: admin.id, hotelId: a.id };
    await expect(changeStaffRole(actor, admin.id, "KITCHEN")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deactivateStaff(actor, admin.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addStaff(actor, { email: `new-${a.slug}@x.io`, name: "New", role: "KITCHEN" })).rejects.toMatchObject({ fields: { password: expect.any(Array) } });
    const added = await addStaff(actor, { email: `new-${a.slug}@x.io`, name: "New", role: "KITCHEN", password: "a-long-password-1" });
    expect(added.created).toBe(true);
    await expect(addStaff(actor, { email: `new-${a.slug}@x.io`, name: "New", role: "KITCHEN" })).rejects.toMatchObject({ fields: { email: expect.any(Array) } });
    const b = await testHotel();
    const again = await addStaff({ staffId: admin.id, hotelId: b.id }, { email: `new-${a.slug}@x.io`, name: "New", role: "FRONT_DESK" });
    expect(again).toEqual({ id: added.id, created: false });
  });
});
