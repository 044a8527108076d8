import { requireGuest } from "@/lib/http/guest";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";
import { setDoNotDisturb } from "@/lib/requests/do-not-disturb";
import { doNotDisturbSchema } from "@/lib/requests/schemas";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/requests/do-not-disturb/ { on } — in house only; answers `{ do_not_disturb: { on, since } }`. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const body = await readJsonObject(req);
  const access = await requireGuest(req, { hotelSlug, scope: "order", bodyToken: body.ok ? body.value.guest_token : undefined });
  if (!body.ok) throw body.error;
  const { on } = parseWith(doNotDisturbSchema, body.value);
  return json(await setDoNotDisturb(access, on));
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
