import type { RequestStatus } from "@/lib/db/schema";

// The request lifecycle: NEW → ACKNOWLEDGED → IN_PROGRESS → DONE, staff may skip forward and
// decline anything open (with a reason the guest sees); the guest may cancel only while NEW.

export const REQUEST_STATUSES = ["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "DONE", "DECLINED", "CANCELLED"] as const satisfies readonly RequestStatus[];
export const OPEN_REQUEST_STATUSES = ["NEW", "ACKNOWLEDGED", "IN_PROGRESS"] as const satisfies readonly RequestStatus[];
export const CLOSED_REQUEST_STATUSES = ["DONE", "DECLINED", "CANCELLED"] as const satisfies readonly RequestStatus[];

export const isOpenRequest = (s: RequestStatus): boolean => (OPEN_REQUEST_STATUSES as readonly RequestStatus[]).includes(s);

const STAFF_MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  NEW: ["ACKNOWLEDGED", "IN_PROGRESS", "DONE", "DECLINED"],
  ACKNOWLEDGED: ["IN_PROGRESS", "DONE", "DECLINED"],
  IN_PROGRESS: ["DONE", "DECLINED"],
  DONE: [],
  DECLINED: [],
  CANCELLED: [],
};

/** Where staff may move a request in `from` (the console's buttons). */
export const staffMovesFrom = (from: RequestStatus): readonly RequestStatus[] => STAFF_MOVES[from];

export function canMoveRequest(from: RequestStatus, to: RequestStatus, actor: "GUEST" | "STAFF"): boolean {
  if (actor === "GUEST") return from === "NEW" && to === "CANCELLED";
  return STAFF_MOVES[from].includes(to);
}

/** One set of words for a request's status (the console's; guest screens translate `status`). */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  NEW: "Received",
  ACKNOWLEDGED: "Seen",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DECLINED: "Declined",
  CANCELLED: "Cancelled",
};
