import { chatCaller } from "@/lib/chat/guest-route";
import { startChat } from "@/lib/chat/start-chat";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { staffOnline } from "@/lib/realtime/staff-online";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/chat/start/ — the booking's conversation, its channel, staff online. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access } = await chatCaller(req, (await ctx.params).hotelSlug);
  const [started, online] = await Promise.all([startChat(access), staffOnline(access.hotel.slug)]);
  return json({ ...started, staff_online: online });
});

const notAllowed = methodNotAllowed(["POST"]);
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
