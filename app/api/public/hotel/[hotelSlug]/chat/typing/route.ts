import { chatCaller } from "@/lib/chat/guest-route";
import { guestTyping } from "@/lib/chat/typing";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/chat/typing/ — relays "guest is typing" to the desk (throttled). */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access } = await chatCaller(req, (await ctx.params).hotelSlug);
  return json(await guestTyping(access));
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
