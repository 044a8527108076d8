import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { listHotelEmails } from "@/lib/email/outbox";
import { json } from "@/lib/http/respond";

export const GET = staffRoute(GUEST_DESK_ROLES, async (ctx) => json({ messages: await listHotelEmails({ hotelId: ctx.hotel.id }) }));
