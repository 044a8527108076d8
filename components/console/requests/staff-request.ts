// The server's shapes, for the client screens (types only: nothing of the server is bundled).
export type { StaffRequestView } from "@/lib/requests/views";
export type { StaffRequestList } from "@/lib/requests/staff-requests";
