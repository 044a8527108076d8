import type { Metadata } from "next";
import { z } from "zod";
import { BreakfastView } from "@/components/kitchen/breakfast-view";
import { staffPage } from "@/lib/auth/staff-page";
import { KITCHEN_ROLES } from "@/lib/kitchen/roles";
import { nextServingDate } from "@/lib/kitchen/serving-date";
import { localDate } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Breakfast" };

// A real calendar date (2026-02-30 is refused and falls back to the next serving date).
const dateSchema = z.iso.date();

export default async function KitchenBreakfastPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const ctx = await staffPage(KITCHEN_ROLES);
  const h = ctx.hotel;
  const now = new Date();
  const picked = dateSchema.safeParse((await searchParams).date);
  const date = picked.success ? picked.data : nextServingDate(now, h);
  return (
    <BreakfastView
      key={date}
      hotelSlug={h.slug}
      date={date}
      today={localDate(now, h.timezone)}
      timeZone={h.timezone}
      thresholds={{ warnMinutes: h.kitchenWarnMinutes, lateMinutes: h.kitchenLateMinutes }}
    />
  );
}
