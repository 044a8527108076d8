import { chatCaller } from "@/lib/chat/guest-route";
import { parseSendMessage } from "@/lib/chat/schemas";
import { sendGuestMessage } from "@/lib/chat/send-guest-message";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/chat/message/ `{ message, client_id? }` → `{ message_id, sent_at }`. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access, body } = await chatCaller(req, (await ctx.params).hotelSlug);
  const sent = await sendGuestMessage(access, parseSendMessage(body));
  return json({ message_id: sent.message_id, sent_at: sent.sent_at });
});

const notAllowed = methodNotAllowed(["POST"]);
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
