import { chatCaller } from "@/lib/chat/guest-route";
import { readGuestMessages } from "@/lib/chat/guest-messages";
import { pageQuerySchema, searchParamsObject } from "@/lib/chat/schemas";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith } from "@/lib/http/parse";
import { handle, json } from "@/lib/http/respond";
import { canChatNow } from "@/lib/bookings/stay-rules";

export const dynamic = "force-dynamic";

/** GET /api/public/hotel/{hotel_slug}/chat/messages/?before=<id>&limit= — this booking's conversation, oldest first. */
export const GET = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access } = await chatCaller(req, (await ctx.params).hotelSlug);
  const page = parseWith(pageQuerySchema, searchParamsObject(req.url));
  return json(await readGuestMessages(access, page, canChatNow(access.booking)));
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
