import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { json } from "@/lib/http/respond";
import { listDeadEvents } from "@/lib/realtime/dead-events";

export const GET = staffRoute(ADMIN_ONLY, async (ctx) => json({ dead: await listDeadEvents({ hotelId: ctx.hotel.id, hotelSlug: ctx.hotel.slug }) }));
