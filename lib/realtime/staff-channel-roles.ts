import type { StaffRole } from "@/lib/db/schema";
import type { StaffChannelKind } from "./channels";

// Kitchen staff see the order stream and who is on shift, never guest chat or booking changes.
export const ROLE_CHANNELS: Record<StaffRole, readonly StaffChannelKind[]> = {
  ADMIN: ["chat", "orders", "bookings", "requests", "presence"],
  FRONT_DESK: ["chat", "orders", "bookings", "requests", "presence"],
  KITCHEN: ["orders", "presence"],
  // Housekeeping walks the floors: its request queues and who is on shift, never chat, orders or bookings.
  HOUSEKEEPING: ["requests", "presence"],
  // A manager reads reports; no live guest streams.
  MANAGER: [],
};
