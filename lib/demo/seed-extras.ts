import type { DbOrTx } from "@/lib/db/client";
import type { Hotel } from "@/lib/db/schema";
import { seedDemoMenu } from "@/lib/menus/demo-menu";
import { seedDemoOrders } from "@/lib/orders/demo-orders";
import { ensureDefaultRequestTypes } from "@/lib/requests/default-types";
import { seedDemoGuide } from "./guide";

export type SeedHotelContext = {
  db: DbOrTx;
  hotel: Hotel & { roomIds: Record<string, string> };
  /** The plan's slug without a test prefix ("grand-harbour", "alpine-lodge"). */
  planSlug: string;
};

/**
 * The one place where other domains add their demo data for a hotel (menus, …), after its rooms
 * and bookings exist and before its staff. Each step must be idempotent: re-running the seed
 * keeps existing data.
 */
export async function seedHotelExtras(ctx: SeedHotelContext): Promise<void> {
  await seedDemoMenu(ctx.db, ctx.hotel, ctx.planSlug);
  await seedDemoOrders(ctx.db, ctx.hotel);
  // New hotels get them when created; this backfills demo hotels made before request types existed.
  await ensureDefaultRequestTypes(ctx.db, ctx.hotel.id);
  await seedDemoGuide(ctx.db, ctx.hotel, ctx.planSlug);
}
