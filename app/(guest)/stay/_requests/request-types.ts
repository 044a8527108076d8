import type { guestRequestTypes, listGuestRequests } from "@/lib/requests/guest-requests";

// The guest API's answers, typed by the server's own functions (lib/requests).

export type { GuestRequestView } from "@/lib/requests/views";
export type { DoNotDisturbView as DoNotDisturb, GuestRequestTypeView as GuestRequestType } from "@/lib/requests/guest-requests";

/** GET requests/types/ */
export type GuestRequestTypesAnswer = Awaited<ReturnType<typeof guestRequestTypes>>;
/** GET requests/ */
export type GuestRequestList = Awaited<ReturnType<typeof listGuestRequests>>;
