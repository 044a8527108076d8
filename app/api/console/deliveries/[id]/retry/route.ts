import { z } from "zod";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { retryDeadEvent } from "@/lib/realtime/dead-events";

const idSchema = z.string().uuid();

export const POST = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, _req, { id }) => {
  await retryDeadEvent({ hotelId: ctx.hotel.id, hotelSlug: ctx.hotel.slug }, parseWith(idSchema, id));
  return json({ retried: true });
});
