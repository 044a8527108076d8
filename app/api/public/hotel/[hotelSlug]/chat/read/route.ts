import { chatCaller } from "@/lib/chat/guest-route";
import { guestMarkRead } from "@/lib/chat/guest-read";
import { readInputSchema } from "@/lib/chat/schemas";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { parseWith } from "@/lib/http/parse";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/chat/read/ `{ up_to_message_id }` — the guest has seen staff messages up to there. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { access, body } = await chatCaller(req, (await ctx.params).hotelSlug);
  const input = parseWith(readInputSchema, body);
  return json(await guestMarkRead(access, input.up_to_message_id));
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
