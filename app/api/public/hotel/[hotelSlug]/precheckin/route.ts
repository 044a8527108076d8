import { guestBookingView } from "@/lib/bookings/guest-view";
import { precheckinSchema, submitPrecheckin } from "@/lib/bookings/precheckin";
import { requireGuest } from "@/lib/http/guest";
import { parseWith, readJsonObject } from "@/lib/http/parse";
import { refuseOtherMethods } from "@/lib/http/method-not-allowed";
import { handle, json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** POST /api/public/hotel/{hotel_slug}/precheckin/ — the guest's arrival details. */
export const POST = handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
  const { hotelSlug } = await ctx.params;
  const body = await readJsonObject(req);
  // Identify the caller before judging the fields: a stranger learns nothing from validation.
  const access = await requireGuest(req, { hotelSlug, scope: "precheckin", bodyToken: body.ok ? body.value.guest_token : undefined });
  if (!body.ok) throw body.error;
  const input = parseWith(precheckinSchema, body.value);
  const updated = await submitPrecheckin(access, input);
  return json({ success: true, ...guestBookingView(updated) });
});

export const { GET, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
