import { deskOnline } from "@/lib/chat/desk-online";
import { chatCaller } from "@/lib/chat/guest-route";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/chat/desk/ → `{ staff_online }`: front-desk staff with the console open now (reads only). */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access } = await chatCaller(req, (await ctx.params).hotelSlug);
  return json({ staff_online: await deskOnline(access.hotel) });
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
