import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createStaff } from "@/lib/demo/builders";
import { testHotel } from "@/lib/testing/fixtures";
import { listHotelInvitations } from "./invitations";
import { addStaff } from "./manage-staff";

// Real concurrency on PostgreSQL (DATABASE_URL); PGlite runs one transaction at a time.
describe("addStaff under concurrency", () => {
  it("adding the same new person twice at once gives two answers, one account and one invitation", async () => {
    const hotel = await testHotel();
    const admin = await createStaff(getDb(), { email: `race-admin-${hotel.slug}@x.io`, name: "Admin", password: "correct horse battery", memberships: [{ hotelId: hotel.id, role: "ADMIN" }] });
    const email = `race-${hotel.slug}@x.io`;
    const input = { email, name: "Twice", role: "KITCHEN" as const, password: "a-long-password-1" };
    const results = await Promise.allSettled([addStaff({ staffId: admin.id, hotelId: hotel.id }, input), addStaff({ staffId: admin.id, hotelId: hotel.id }, input)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect((await listHotelInvitations({ hotelId: hotel.id })).filter((i) => i.email === email)).toHaveLength(1);
  });
});
