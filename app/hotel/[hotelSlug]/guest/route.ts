import { openMagicLink } from "@/lib/http/magic-link";

export const dynamic = "force-dynamic";

/** The hotel-scoped form of the magic link: /hotel/<slug>/guest?token=<token>. */
export async function GET(req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) {
  const { hotelSlug } = await ctx.params;
  const token = new URL(req.url).searchParams.get("token") ?? "";
  return openMagicLink(req, token, hotelSlug);
}
