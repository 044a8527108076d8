import type { MenuItem } from "@/lib/db/schema";
import { menuChannel } from "@/lib/realtime/channels";
import { event } from "@/lib/realtime/events";
import type { MenuKind } from "./availability";

export type MenuChange = "category_created" | "category_updated" | "category_deleted" | "item_created" | "item_updated" | "item_deleted" | "sold_out" | "back_in_stock" | "reordered";

const ALL: MenuKind[] = ["room_service", "breakfast"];

/** Which guest menus an item change touches (before and after an edit), so a page can skip the rest. */
export function menusOf(...items: (Pick<MenuItem, "onRoomService" | "onBreakfast"> | null | undefined)[]): MenuKind[] {
  const set = new Set<MenuKind>();
  for (const i of items) {
    if (i?.onRoomService) set.add("room_service");
    if (i?.onBreakfast) set.add("breakfast");
  }
  return ALL.filter((m) => set.has(m));
}

/** The `menu.changed` outbox entry: names the change, never the menu itself (clients refetch). */
export function menuChanged(hotelSlug: string, change: MenuChange, opts: { itemId?: string | null; menus?: MenuKind[] } = {}) {
  return event("menu.changed", [menuChannel(hotelSlug)], { hotel: hotelSlug, change, item_id: opts.itemId ?? null, menus: opts.menus ?? ALL });
}
