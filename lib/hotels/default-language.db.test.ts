import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { StaffContext } from "@/lib/auth/staff-context";
import { getDb } from "@/lib/db/client";
import { hotels, type Hotel, type StaffRole } from "@/lib/db/schema";
import { createStaff } from "@/lib/demo/builders";
import { testHotel } from "@/lib/testing/fixtures";
import { HOTEL_SETTING_FIELDS, hotelSettingsSchema, updateHotelSettings } from "./settings";

// The settings route runs as in the app, with the signed-in staff member given here instead of a
// session cookie (the role check stays real).
const session = vi.hoisted(() => ({ ctx: null as StaffContext | null }));
vi.mock("@/lib/auth/require-staff", async () => {
  const { assertRole } = await import("@/lib/auth/staff-context");
  const { AppError } = await import("@/lib/errors");
  return {
    CURRENT_HOTEL_COOKIE: "console_hotel",
    requireStaff: async (opts: { roles?: readonly StaffRole[] } = {}) => {
      if (!session.ctx) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
      if (opts.roles) assertRole(session.ctx, opts.roles);
      return session.ctx;
    },
    requireStaffAccount: async () => {
      throw new AppError("UNAUTHENTICATED", "Sign in to continue");
    },
  };
});

const hotelRoute = await import("@/app/api/console/hotel/route");

const hotelRow = async (id: string) => (await getDb().select().from(hotels).where(eq(hotels.id, id)))[0]!;
// The form's fields as saved; the test hotel's kitchen never closes, which the form sends as "Open 24 hours".
const formOf = (h: Hotel, over: Record<string, unknown> = {}): Record<string, unknown> => ({ ...Object.fromEntries(HOTEL_SETTING_FIELDS.map((f) => [f, h[f]])), roomServiceAllDay: "on", ...over });

async function signIn(hotel: Hotel, role: StaffRole) {
  const email = `admin-${randomBytes(4).toString("hex")}@example.com`;
  const staff = await createStaff(getDb(), { email, name: "Ada Admin", password: "x-password-123", memberships: [{ hotelId: hotel.id, role }] });
  session.ctx = { staff: { id: staff.id, name: staff.name, email }, hotel, role, memberships: [{ hotelId: hotel.id, slug: hotel.slug, name: hotel.name, role }] };
}

const put = (body: unknown) =>
  hotelRoute.PUT(new Request("http://hotel.test/api/console/hotel", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({}) });

describe("the hotel's default guest language", () => {
  it("is English for a new hotel and saved from the settings form (PUT, ADMIN)", async () => {
    const hotel = await testHotel();
    expect(hotel.defaultLanguage).toBe("en");
    await signIn(hotel, "ADMIN");
    const res = await put(formOf(hotel, { defaultLanguage: "pt" }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { hotel: Hotel }).hotel.defaultLanguage).toBe("pt");
    expect((await hotelRow(hotel.id)).defaultLanguage).toBe("pt");
    // GET answers it with the other settings (the console loads the hotel on every request).
    session.ctx!.hotel = await hotelRow(hotel.id);
    const got = (await (await hotelRoute.GET(new Request("http://hotel.test/api/console/hotel"), { params: Promise.resolve({}) })).json()) as { hotel: Hotel };
    expect(got.hotel.defaultLanguage).toBe("pt");
  });

  it("a body without it (an older client) keeps the saved one; the other settings still save", async () => {
    const hotel = await testHotel();
    await updateHotelSettings({ hotelId: hotel.id, input: hotelSettingsSchema.parse(formOf(hotel, { defaultLanguage: "ar" })) });
    const { defaultLanguage: _omitted, ...older } = formOf(await hotelRow(hotel.id), { name: "Hotel Renamed" });
    void _omitted;
    const saved = await updateHotelSettings({ hotelId: hotel.id, input: hotelSettingsSchema.parse(older) });
    expect(saved).toMatchObject({ name: "Hotel Renamed", defaultLanguage: "ar" });
  });

  it("a language that is not one of ours is 400 VALIDATION_ERROR and nothing is saved", async () => {
    const hotel = await testHotel();
    await signIn(hotel, "ADMIN");
    for (const defaultLanguage of ["", "xx", "DE", "de-CH", null, 3]) {
      const res = await put(formOf(hotel, { defaultLanguage, name: "Never Saved" }));
      expect(res.status, JSON.stringify(defaultLanguage)).toBe(400);
      expect(await res.json(), JSON.stringify(defaultLanguage)).toMatchObject({ code: "VALIDATION_ERROR", error: expect.any(String), fields: { defaultLanguage: [expect.any(String)] } });
    }
    expect(await hotelRow(hotel.id)).toMatchObject({ name: hotel.name, defaultLanguage: "en" });
  });

  it("front-desk staff cannot change it (403)", async () => {
    const hotel = await testHotel();
    await signIn(hotel, "FRONT_DESK");
    const res = await put(formOf(hotel, { defaultLanguage: "fr" }));
    expect(res.status).toBe(403);
    expect((await hotelRow(hotel.id)).defaultLanguage).toBe("en");
  });
});
