import { chatCaller } from "@/lib/chat/guest-route";
import { parseSendMessage } from "@/lib/chat/schemas";
import { sendGuestMessage } from "@/lib/chat/send-guest-message";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/chat/message/ `{ message, client_id? }` → `{ message_id, sent_at }`. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access, body } = await chatCaller(req, (await ctx.params).hotelSlug);
  const sent = await sendGuestMessage(access, parseSendMessage(body));
  return json({ message_id: sent.message_id, sent_at: sent.sent_at });
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
