import { addDays, localDate, localTime } from "@/lib/time/zoned";

/**
 * The breakfast the kitchen should look at: today's until today's service is over (the serving
 * window's end, hotel time), then tomorrow's, so the night shift can prep.
 */
export function nextServingDate(now: Date, hotel: { timezone: string; breakfastServingEnd: string }): string {
  const today = localDate(now, hotel.timezone);
  return localTime(now, hotel.timezone) < hotel.breakfastServingEnd ? today : addDays(today, 1);
}
