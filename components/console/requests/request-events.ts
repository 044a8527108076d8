import type { EventName } from "@/lib/realtime/events";

// The catalogue events that change a request list (queues, the nav badge, Today's late requests).
export const REQUEST_EVENTS = ["request.created", "request.status_changed", "room.do_not_disturb"] as const satisfies readonly EventName[];
