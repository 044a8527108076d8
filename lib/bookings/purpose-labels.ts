import type { TokenPurpose } from "@/lib/db/schema";

// Shown in the console and in emails; a plain module so client components can import it.
export const PURPOSE_LABELS: Record<TokenPurpose, string> = {
  FULL_ACCESS: "Full access (status, pre-check-in, orders, chat)",
  STATUS: "Booking status only",
  PRECHECKIN: "Pre-check-in",
  ROOM_SERVICES: "Room service orders",
  CHAT: "Chat with the front desk",
};
