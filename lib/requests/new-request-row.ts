import type { NewServiceRequest, RequestType } from "@/lib/db/schema";
import type { judgeRequestDetails } from "./kind-details";

/**
 * The row of a new request: the type as it is now (a later edit of the type does not rewrite it),
 * what the guest asked as judged, and the promise: a wake-up call's is its time, anything else is
 * owed within the type's target minutes. Placing a request and the demo seed both write this.
 */
export function newRequestRow(
  type: Pick<RequestType, "id" | "kind" | "department" | "name" | "targetMinutes">,
  judged: ReturnType<typeof judgeRequestDetails>,
  r: { hotelId: string; bookingId: string; language: string | null; tokenId: string | null; at: Date },
): NewServiceRequest {
  return {
    hotelId: r.hotelId,
    bookingId: r.bookingId,
    typeId: type.id,
    kind: type.kind,
    department: type.department,
    typeName: type.name,
    status: "NEW",
    details: judged.details,
    note: judged.note,
    language: r.language,
    requestedViaTokenId: r.tokenId,
    promisedAt: judged.dueAt ?? new Date(r.at.getTime() + type.targetMinutes * 60_000),
    dueAt: judged.dueAt,
    createdAt: r.at,
    updatedAt: r.at,
  };
}
