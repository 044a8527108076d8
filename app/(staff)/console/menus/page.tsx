import type { Metadata } from "next";
import { MenuEditor } from "@/components/console/menu-editor";
import { FOOD_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { readConsoleMenu } from "@/lib/menus/console-menu";

export const metadata: Metadata = { title: "Menus" };
export const dynamic = "force-dynamic";

/** ADMIN edits the menu; FRONT_DESK and KITCHEN see it and switch items sold out / back. */
export default async function MenusPage() {
  const ctx = await staffPage(FOOD_ROLES);
  const menu = await readConsoleMenu(ctx.hotel);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Menus</h1>
      <p className="text-sm text-stone-700">
        {ctx.role === "ADMIN"
          ? "Changes reach guests' menu pages at once. Prices are in " + menu.currency + "."
          : "Switch a dish to sold out when the kitchen runs out; guests see it at once. Only an admin can edit the menu."}
      </p>
      <MenuEditor menu={menu} canEdit={ctx.role === "ADMIN"} />
    </div>
  );
}
