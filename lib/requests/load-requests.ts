import { and, desc, eq, inArray, lt, notInArray, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { bookings, hotels, requestTypes, rooms, serviceRequests, staffUsers, type RequestDepartment, type RequestKind, type RequestStatus } from "@/lib/db/schema";
import type { RequestRow } from "./views";

// The one query shape behind every request view: the request with its type (for its words), who
// is on it, the booking, the room and the hotel's clock. Always scoped by hotel; by booking for guests.

export type RequestScope = {
  hotelId: string;
  bookingId?: string;
  requestId?: string;
  departments?: readonly RequestDepartment[];
  hiddenKinds?: readonly RequestKind[];
  statuses?: readonly RequestStatus[];
  /** Newest first, rows strictly older than this request (a page cursor). */
  before?: { createdAt: Date; id: string };
  limit?: number;
};

export async function loadRequests(db: DbOrTx, scope: RequestScope): Promise<RequestRow[]> {
  const where: (SQL | undefined)[] = [eq(serviceRequests.hotelId, scope.hotelId)];
  if (scope.bookingId) where.push(eq(serviceRequests.bookingId, scope.bookingId));
  if (scope.requestId) where.push(eq(serviceRequests.id, scope.requestId));
  if (scope.departments) where.push(inArray(serviceRequests.department, [...scope.departments]));
  if (scope.hiddenKinds?.length) where.push(notInArray(serviceRequests.kind, [...scope.hiddenKinds]));
  if (scope.statuses) where.push(inArray(serviceRequests.status, [...scope.statuses]));
  if (scope.before) {
    const b = scope.before;
    where.push(or(lt(serviceRequests.createdAt, b.createdAt), and(eq(serviceRequests.createdAt, b.createdAt), lt(serviceRequests.id, b.id))));
  }
  const q = db
    .select({
      request: serviceRequests,
      type: { name: requestTypes.name, description: requestTypes.description, translations: requestTypes.translations, options: requestTypes.options },
      staffName: staffUsers.name,
      booking: {
        reference: bookings.reference,
        primaryGuestName: bookings.primaryGuestName,
        status: bookings.status,
        checkedInAt: bookings.checkedInAt,
        checkedOutAt: bookings.checkedOutAt,
        doNotDisturbSince: bookings.doNotDisturbSince,
      },
      roomNumber: rooms.number,
      hotel: { timezone: hotels.timezone, defaultLanguage: hotels.defaultLanguage },
    })
    .from(serviceRequests)
    .innerJoin(bookings, eq(bookings.id, serviceRequests.bookingId))
    .innerJoin(hotels, eq(hotels.id, serviceRequests.hotelId))
    .leftJoin(requestTypes, eq(requestTypes.id, serviceRequests.typeId))
    .leftJoin(staffUsers, eq(staffUsers.id, serviceRequests.assignedStaffId))
    .leftJoin(rooms, eq(rooms.id, bookings.roomId))
    .where(and(...where))
    .orderBy(desc(serviceRequests.createdAt), desc(serviceRequests.id));
  return scope.limit ? q.limit(scope.limit) : q;
}
