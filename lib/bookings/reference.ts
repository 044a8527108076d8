import { z } from "zod";
import { BOOKING_REF_PATTERN } from "@/lib/realtime/channels";

// References name guest channels, so the channel module's pattern is the one definition.
export const bookingRefSchema = z.string().regex(BOOKING_REF_PATTERN, "Unknown booking");

/** BK-YYYY-NNNN: the year of creation and the hotel's own running number. */
export function formatReference(year: number, n: number): string {
  return `BK-${year}-${String(n).padStart(4, "0")}`;
}
