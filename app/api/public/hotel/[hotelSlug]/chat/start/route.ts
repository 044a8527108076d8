import { deskOnline } from "@/lib/chat/desk-online";
import { chatCaller } from "@/lib/chat/guest-route";
import { startChat } from "@/lib/chat/start-chat";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/chat/start/ — the booking's conversation, its channel, front-desk staff online. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access } = await chatCaller(req, (await ctx.params).hotelSlug);
  const [started, online] = await Promise.all([startChat(access), deskOnline(access.hotel)]);
  return json({ ...started, staff_online: online });
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
