import type { StaffRole } from "@/lib/db/schema";
import type { StaffChannelKind } from "./channels";

// Kitchen staff see the order stream and who is on shift, never guest chat or booking changes.
export const ROLE_CHANNELS: Record<StaffRole, readonly StaffChannelKind[]> = {
  ADMIN: ["chat", "orders", "bookings", "presence"],
  FRONT_DESK: ["chat", "orders", "bookings", "presence"],
  KITCHEN: ["orders", "presence"],
};
