import { openMagicLink } from "@/lib/http/magic-link";

export const dynamic = "force-dynamic";

/** The magic link sent to guests: /g/<token>. */
export async function GET(req: Request, ctx: { params: Promise<{ token: string }> }) {
  const { token } = await ctx.params;
  return openMagicLink(req, token);
}
