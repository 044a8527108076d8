import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import { stayState } from "@/lib/bookings/stay-rules";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, guestBookingTokens, requestTypes, serviceRequests, staffMemberships, type Hotel, type RequestKind, type RequestStatus, type StaffRole } from "@/lib/db/schema";
import { changeRequestStatus } from "@/lib/requests/change-request-status";
import { judgeRequestDetails } from "@/lib/requests/kind-details";
import { newRequestRow } from "@/lib/requests/new-request-row";
import { guestRequestSchema } from "@/lib/requests/schemas";
import { addDays, localDate, zonedToUtc } from "@/lib/time/zoned";

// A few service requests on the demo hotel's in-house stays, so the console's queue, housekeeping's
// list and the guests' portals show every state on first run: towels waiting, a repair under way,
// tomorrow's wake-up call, a cleaning done earlier today, at times in the recent past. What the
// guest asked is judged by the domain's own rules (details, a wake-up call's due time) and staff
// moves go through its use case (timestamps, who is on it, events). The request row itself is
// written here, as the demo orders are: placing one takes the guest rate limits, which live in the
// server only. Skipped when those stays have requests already (re-runs add nothing).

type Move = { status: RequestStatus; by: StaffRole; minutesAfter: number };
type Plan = {
  /** Which in-house stay of the hotel (by reference order). */
  stay: number;
  kind: RequestKind;
  /** What the guest's form sends (parsed as the API parses it). */
  input: (ctx: { today: string }) => Omit<z.input<typeof guestRequestSchema>, "type_id">;
  /** Made this long ago; "today" clamps it to the hotel's day so far. */
  minutesAgo: number | "today";
  moves?: Move[];
};

const PLANS: Record<string, Plan[]> = {
  "grand-harbour": [
    { stay: 0, kind: "AMENITIES", input: () => ({ items: [{ key: "bath_towels", quantity: 2 }] }), minutesAgo: 8 },
    {
      stay: 1,
      kind: "MAINTENANCE",
      input: () => ({ description: "The shower drains very slowly." }),
      minutesAgo: 40,
      moves: [
        { status: "ACKNOWLEDGED", by: "HOUSEKEEPING", minutesAfter: 4 },
        { status: "IN_PROGRESS", by: "HOUSEKEEPING", minutesAfter: 15 },
      ],
    },
    { stay: 1, kind: "WAKE_UP", input: ({ today }) => ({ wake_at: `${addDays(today, 1)}T07:00` }), minutesAgo: 25 },
    {
      stay: 0,
      kind: "CLEANING",
      input: () => ({ cleaning: "NOW", note: "We are out until 14:00" }),
      minutesAgo: "today",
      moves: [{ status: "DONE", by: "HOUSEKEEPING", minutesAfter: 45 }],
    },
  ],
};

/** When a plan's request was made: `minutesAgo`, or for "today" up to three hours ago but after the hotel's midnight. */
function madeAt(plan: Plan, now: Date, midnight: Date): Date {
  if (plan.minutesAgo !== "today") return new Date(now.getTime() - plan.minutesAgo * 60_000);
  return new Date(Math.min(Math.max(now.getTime() - 180 * 60_000, midnight.getTime() + 60_000), now.getTime() - 2 * 60_000));
}

/**
 * Seeds demo requests for a hotel whose staff exist. `db` only writes plain rows: staff moves open
 * their own transactions, so it must not be one. Returns how many were made; 0 when its in-house
 * stays have any already.
 */
export async function seedDemoRequests(db: DbOrTx, hotel: Hotel, planSlug: string, now = new Date()): Promise<number> {
  const plans = PLANS[planSlug];
  if (!plans) return 0;
  const stays = (await db.select().from(bookings).where(eq(bookings.hotelId, hotel.id)).orderBy(asc(bookings.reference))).filter((b) => stayState(b) === "in_house");
  if (stays.length === 0) return 0;
  // The in-house stays' own requests, not the hotel's: past stays may carry requests of their own (lib/demo/history.ts).
  const [any] = await db.select({ id: serviceRequests.id }).from(serviceRequests).where(inArray(serviceRequests.bookingId, stays.map((b) => b.id))).limit(1);
  if (any) return 0;
  const types = await db.select().from(requestTypes).where(and(eq(requestTypes.hotelId, hotel.id), eq(requestTypes.active, true))).orderBy(asc(requestTypes.position));
  const staff = await db.select({ id: staffMemberships.staffId, role: staffMemberships.role }).from(staffMemberships).where(eq(staffMemberships.hotelId, hotel.id));
  const today = localDate(now, hotel.timezone);
  const midnight = zonedToUtc(today, "00:00", hotel.timezone);

  let made = 0;
  for (const plan of plans) {
    const stay = stays[plan.stay];
    const type = types.find((t) => t.kind === plan.kind);
    if (!stay || !type) continue;
    const at = madeAt(plan, now, midnight);
    const input = guestRequestSchema.parse({ type_id: type.id, ...plan.input({ today }) });
    const judged = judgeRequestDetails(type, input, { booking: stay, hotel }, at);
    const [link] = await db
      .select({ id: guestBookingTokens.id })
      .from(guestBookingTokens)
      .where(and(eq(guestBookingTokens.bookingId, stay.id), isNull(guestBookingTokens.revokedAt)))
      .orderBy(asc(guestBookingTokens.createdAt))
      .limit(1);
    const [request] = await db
      .insert(serviceRequests)
      .values(newRequestRow(type, judged, { hotelId: hotel.id, bookingId: stay.id, language: stay.language, tokenId: link?.id ?? null, at }))
      .returning({ id: serviceRequests.id });
    let from: RequestStatus = "NEW";
    let movedAt = at;
    for (const move of plan.moves ?? []) {
      const by = staff.find((s) => s.role === move.by);
      if (!by) break;
      movedAt = new Date(Math.min(at.getTime() + move.minutesAfter * 60_000, now.getTime() - 60_000));
      await changeRequestStatus({ kind: "STAFF", hotelId: hotel.id, staffId: by.id, role: by.role }, { requestId: request!.id, status: move.status, from, now: movedAt });
      from = move.status;
    }
    // The guest has seen the outcome already: no "your request is done" email for demo data.
    if (from === "DONE" || from === "DECLINED") {
      await db.update(serviceRequests).set({ guestSeenAt: new Date(Math.min(movedAt.getTime() + 60_000, now.getTime())) }).where(eq(serviceRequests.id, request!.id));
    }
    made++;
  }
  return made;
}
