import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { MenuKind } from "@/lib/menus/availability";
import { guestBookingView } from "@/lib/bookings/guest-view";
import { readGuestMenu } from "@/lib/menus/guest-menu";
import { breakfastSlotsView } from "@/lib/orders/breakfast/slots-view";
import { guestStaySummary } from "@/lib/orders/guest-stay-summary";
import { hasScope } from "@/lib/tokens/scopes";
import { clientPusherConfig } from "@/lib/realtime/config";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";
import { GuestMessages } from "@/components/i18n/guest-messages";
import { GuestMenu } from "./guest-menu";

/** Server part of both menu pages: the portal cookie decides the hotel; any valid link may look. */
export async function MenuPage({ menu }: { menu: MenuKind }) {
  const raw = (await cookies()).get(GUEST_COOKIE)?.value;
  const result = raw ? await validateToken(raw, { scope: "view" }) : null;
  if (!result?.ok) redirect("/stay/leave");
  // Names, descriptions and choices in the page's language where the hotel translated them.
  const language = await getLocale();
  const [view, summary, slots] = await Promise.all([
    readGuestMenu(result.hotel, menu, language),
    guestStaySummary(result),
    // The breakfast form's mornings, slots and party size, as the breakfast API will judge them.
    menu === "breakfast" && hasScope(result.token, "order") ? breakfastSlotsView(result, undefined) : Promise.resolve(null),
  ]);
  return (
    <GuestMessages namespaces={["menu"]}>
      <GuestMenu initialView={view} stay={guestBookingView(result)} initialSummary={summary} breakfastSlots={slots} realtime={clientPusherConfig()} />
    </GuestMessages>
  );
}
