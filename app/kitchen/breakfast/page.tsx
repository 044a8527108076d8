import type { Metadata } from "next";
import { z } from "zod";
import { BreakfastView } from "@/components/kitchen/breakfast-view";
import { staffPage } from "@/lib/auth/staff-page";
import { KITCHEN_ROLES } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Breakfast" };

// A real calendar date (2026-02-30 is refused and falls back to following the serving day).
const dateSchema = z.iso.date();

export default async function KitchenBreakfastPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const ctx = await staffPage(KITCHEN_ROLES);
  const h = ctx.hotel;
  const picked = dateSchema.safeParse((await searchParams).date);
  const pickedDate = picked.success ? picked.data : null;
  const serverNow = new Date().getTime();
  return (
    <BreakfastView
      key={pickedDate ?? "serving-day"}
      hotelSlug={h.slug}
      pickedDate={pickedDate}
      serverNow={serverNow}
      timeZone={h.timezone}
      servingEnd={h.breakfastServingEnd}
      thresholds={{ warnMinutes: h.kitchenWarnMinutes, lateMinutes: h.kitchenLateMinutes }}
    />
  );
}
