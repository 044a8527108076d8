import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { StaffContext } from "@/lib/auth/staff-context";
import { getDb } from "@/lib/db/client";
import { bookings, rooms, serviceRequests, type RequestDepartment } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { changeRequestStatus } from "./change-request-status";
import { loadRequests } from "./load-requests";
import { departmentsFor, hiddenKindsFor } from "./request-roles";
import type { StaffRequestFiltersInput, StaffRequestStatusInput } from "./schemas";
import { CLOSED_REQUEST_STATUSES, OPEN_REQUEST_STATUSES } from "./transitions";
import { isRequestLate, staffRequestView, type StaffRequestView } from "./views";

// The console's side: the queues by department (housekeeping sees its own and maintenance's),
// counts for badges, the rooms on do-not-disturb, and moving a request.

type Staff = Pick<StaffContext, "hotel" | "role" | "staff">;

/** Closed (and "all") lists come a page at a time; the open list is never cut. */
export const STAFF_REQUESTS_PAGE = 100;

export type DepartmentCounts = Partial<Record<RequestDepartment, { open: number; late: number }>>;
export type StaffRequestList = {
  requests: StaffRequestView[];
  next_cursor: string | null;
  /** Open and late requests per department the role sees (whatever the filter). */
  counts: DepartmentCounts;
  /** Rooms whose guests are in house with do-not-disturb on. */
  rooms_do_not_disturb: { room_number: string; since: string }[];
};

async function openCounts(ctx: Staff, now: Date): Promise<DepartmentCounts> {
  const departments = departmentsFor(ctx.role);
  const rows = await getDb()
    .select({ department: serviceRequests.department, kind: serviceRequests.kind, status: serviceRequests.status, promisedAt: serviceRequests.promisedAt, dueAt: serviceRequests.dueAt })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.hotelId, ctx.hotel.id), inArray(serviceRequests.status, [...OPEN_REQUEST_STATUSES])));
  const hidden = hiddenKindsFor(ctx.role);
  const counts: DepartmentCounts = Object.fromEntries(departments.map((d) => [d, { open: 0, late: 0 }]));
  for (const r of rows) {
    const c = counts[r.department];
    if (!c || hidden.includes(r.kind)) continue;
    c.open++;
    if (isRequestLate(r, now)) c.late++;
  }
  return counts;
}

async function roomsOnDoNotDisturb(hotelId: string): Promise<StaffRequestList["rooms_do_not_disturb"]> {
  const rows = await getDb()
    .select({ room: rooms.number, since: bookings.doNotDisturbSince })
    .from(bookings)
    .innerJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(and(eq(bookings.hotelId, hotelId), eq(bookings.status, "CONFIRMED"), isNotNull(bookings.checkedInAt), isNull(bookings.checkedOutAt), isNotNull(bookings.doNotDisturbSince)))
    .orderBy(asc(rooms.number));
  return rows.map((r) => ({ room_number: r.room, since: r.since!.toISOString() }));
}

/** The current hotel's requests for the staff member's departments: open ones by promise, closed ones newest first. */
export async function listStaffRequests(ctx: Staff, filters: StaffRequestFiltersInput, now = new Date()): Promise<StaffRequestList> {
  const visible = departmentsFor(ctx.role);
  if (filters.department && !visible.includes(filters.department)) throw new AppError("FORBIDDEN", "Your role does not see this department");
  const departments = filters.department ? [filters.department] : visible;
  const statuses = filters.status === "open" ? OPEN_REQUEST_STATUSES : filters.status === "closed" ? CLOSED_REQUEST_STATUSES : undefined;
  const paged = filters.status !== "open";
  let before: { createdAt: Date; id: string } | undefined;
  if (paged && filters.before) {
    const [cursor] = await getDb().select({ createdAt: serviceRequests.createdAt, id: serviceRequests.id }).from(serviceRequests).where(and(eq(serviceRequests.id, filters.before), eq(serviceRequests.hotelId, ctx.hotel.id)));
    if (!cursor) throw new AppError("VALIDATION_ERROR", "Invalid request", { before: ["Not a request of this list"] });
    before = cursor;
  }
  const scope = { hotelId: ctx.hotel.id, departments, hiddenKinds: hiddenKindsFor(ctx.role), statuses, before, limit: paged ? STAFF_REQUESTS_PAGE + 1 : undefined };
  const [rows, counts, dnd] = await Promise.all([loadRequests(getDb(), scope), openCounts(ctx, now), roomsOnDoNotDisturb(ctx.hotel.id)]);
  // The open queue is a work list: the promise that runs out first comes first (late ones on top);
  // the closed pages stay newest first.
  const page = paged ? rows.slice(0, STAFF_REQUESTS_PAGE) : [...rows].sort((x, y) => x.request.promisedAt.getTime() - y.request.promisedAt.getTime());
  const nextCursor = paged && rows.length > STAFF_REQUESTS_PAGE ? page[page.length - 1]!.request.id : null;
  return { requests: page.map((r) => staffRequestView(r, ctx.role, now)), next_cursor: nextCursor, counts, rooms_do_not_disturb: dnd };
}

/** One request the staff member's role sees; anything else (another hotel's, another department's) is 404. */
export async function readStaffRequest(ctx: Staff, requestId: string, now = new Date()): Promise<StaffRequestView> {
  const [row] = await loadRequests(getDb(), { hotelId: ctx.hotel.id, requestId, departments: departmentsFor(ctx.role), hiddenKinds: hiddenKindsFor(ctx.role) });
  if (!row) throw new AppError("NOT_FOUND", "Request not found");
  return staffRequestView(row, ctx.role, now);
}

export async function changeStaffRequestStatus(ctx: Staff, requestId: string, input: StaffRequestStatusInput, now = new Date()): Promise<StaffRequestView> {
  await changeRequestStatus({ kind: "STAFF", hotelId: ctx.hotel.id, staffId: ctx.staff.id, role: ctx.role }, { requestId, status: input.status, from: input.from_status, reason: input.reason, now });
  return readStaffRequest(ctx, requestId, now);
}

/**
 * The hotel's open requests that are late at `now`, every department, oldest first (the console's
 * Today page: the desk's view, so full guest names).
 */
export async function lateRequestsForToday(hotelId: string, now = new Date()): Promise<StaffRequestView[]> {
  const rows = await loadRequests(getDb(), { hotelId, statuses: OPEN_REQUEST_STATUSES });
  return rows
    .filter((r) => isRequestLate(r.request, now))
    .reverse()
    .map((r) => staffRequestView(r, "FRONT_DESK", now));
}
