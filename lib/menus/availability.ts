import type { Hotel, MenuItem } from "@/lib/db/schema";
import { localTime } from "@/lib/time/zoned";
import { inWindow, nextOpening, toMinutes, type Window } from "./hours";

export type MenuKind = "room_service" | "breakfast";
export const MENU_KINDS = ["room_service", "breakfast"] as const satisfies readonly MenuKind[];

export type MenuHotel = Pick<Hotel, "timezone" | "currency" | "roomServiceOpens" | "roomServiceCloses" | "defaultPrepMinutes">;
export type AvailabilityItem = Pick<MenuItem, "onRoomService" | "onBreakfast" | "availableFrom" | "availableUntil" | "soldOut" | "deletedAt">;

export type Availability =
  | { orderable: true; code: null; reason: null }
  | { orderable: false; code: "NOT_ON_MENU" | "SOLD_OUT" | "NOT_AVAILABLE_NOW"; reason: string; /** NOT_AVAILABLE_NOW: the hotel time it comes back ("18:00"), if today. */ opens?: string | null };

export const isOnMenu = (item: Pick<MenuItem, "onRoomService" | "onBreakfast" | "deletedAt">, menu: MenuKind) =>
  !item.deletedAt && (menu === "room_service" ? item.onRoomService : item.onBreakfast);

const itemWindow = (item: AvailabilityItem): Window | null =>
  item.availableFrom && item.availableUntil ? { from: item.availableFrom, until: item.availableUntil } : null;

/**
 * Whether an item can be ordered, and why not in the guest's words ("sold out", "available from
 * 18:00"). Room service: the hotel's room-service hours and the item's own hours, both in the
 * hotel's time zone, at `at` (now). Breakfast is ordered ahead for a morning, so the item's hours
 * are checked against the serving time `at` when the caller has one (the order's slot), and
 * skipped when it is null (the menu page: only sold-out matters there).
 */
export function itemAvailability(item: AvailabilityItem, menu: MenuKind, hotel: MenuHotel, at: Date | null): Availability {
  if (!isOnMenu(item, menu)) return { orderable: false, code: "NOT_ON_MENU", reason: menu === "room_service" ? "not on the room-service menu" : "not on the breakfast menu" };
  if (item.soldOut) return { orderable: false, code: "SOLD_OUT", reason: "sold out" };
  if (!at) return { orderable: true, code: null, reason: null };
  const windows: Window[] = [];
  if (menu === "room_service") windows.push({ from: hotel.roomServiceOpens, until: hotel.roomServiceCloses });
  const own = itemWindow(item);
  if (own) windows.push(own);
  const minute = toMinutes(localTime(at, hotel.timezone));
  if (windows.every((w) => inWindow(minute, w))) return { orderable: true, code: null, reason: null };
  const next = nextOpening(minute, windows);
  return { orderable: false, code: "NOT_AVAILABLE_NOW", reason: next ? `available from ${next}` : "not available at the moment", opens: next ?? null };
}
