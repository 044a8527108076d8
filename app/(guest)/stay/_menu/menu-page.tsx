import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { MenuKind } from "@/lib/menus/availability";
import { guestBookingView } from "@/lib/bookings/guest-view";
import { readGuestMenu } from "@/lib/menus/guest-menu";
import { clientPusherConfig } from "@/lib/realtime/config";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";
import { GuestMenu } from "./guest-menu";

/** Server part of both menu pages: the portal cookie decides the hotel; any valid link may look. */
export async function MenuPage({ menu }: { menu: MenuKind }) {
  const raw = (await cookies()).get(GUEST_COOKIE)?.value;
  const result = raw ? await validateToken(raw, { scope: "view" }) : null;
  if (!result?.ok) redirect("/stay/leave");
  const view = await readGuestMenu(result.hotel, menu);
  return <GuestMenu initialView={view} stay={guestBookingView(result)} slotMinutes={result.hotel.breakfastSlotMinutes} realtime={clientPusherConfig()} />;
}
