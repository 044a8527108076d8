import { FOOD_ROLES } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { json } from "@/lib/http/respond";
import { readConsoleMenu } from "@/lib/menus/console-menu";

export const dynamic = "force-dynamic";

/** GET /api/console/menus — the current hotel's menu for the editor (every role: the kitchen toggles sold-out). */
export const GET = staffRoute(FOOD_ROLES, async (ctx) => json(await readConsoleMenu(ctx.hotel)));
