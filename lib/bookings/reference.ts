import { z } from "zod";
import { BOOKING_REF_PATTERN } from "@/lib/realtime/channels";

// References name guest channels, so the channel module's pattern is the one definition.
export const bookingRefSchema = z.string().regex(BOOKING_REF_PATTERN, "Unknown booking");

/** {PREFIX}-{YYYY}-{NNNN}: the hotel's own prefix, the year of creation and the hotel's number in that year. */
export function formatReference(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(4, "0")}`;
}
