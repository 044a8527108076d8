import { requireGuest } from "@/lib/http/guest";
import { handle, json } from "@/lib/http/respond";
import type { MenuKind } from "./availability";
import { menuLanguageParam, readGuestMenu } from "./guest-menu";

/**
 * GET handler shared by the two guest menu endpoints. Any valid link of the hotel may read its
 * menu (the `view` scope, so a STATUS link too): the menu is not private, and ordering itself
 * checks the ordering scope. The token still has to match the hotel, so nobody lists hotels.
 * The token comes by Bearer or the portal cookie, never the query string: tokens stay out of URLs.
 * `?lang=` (one of the portal's languages) gives names, descriptions and choices in that language
 * where the hotel translated them; without it, or with another language, the hotel's own text.
 */
export function guestMenuRoute(menu: MenuKind) {
  return handle(async (req: Request, ctx: { params: Promise<{ hotelSlug: string }> }) => {
    const { hotelSlug } = await ctx.params;
    const access = await requireGuest(req, { hotelSlug, scope: "view" });
    return json(await readGuestMenu(access.hotel, menu, menuLanguageParam(req)));
  });
}
