import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { guestBookingView } from "@/lib/bookings/guest-view";
import { listGuestBreakfastOrders } from "@/lib/orders/breakfast/views";
import { listGuestOrders } from "@/lib/orders/guest-orders";
import { clientPusherConfig } from "@/lib/realtime/config";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { hasScope } from "@/lib/tokens/scopes";
import { validateToken, type GuestAccess } from "@/lib/tokens/validate";
import { GuestMessages } from "@/components/i18n/guest-messages";
import { GuestOrders, type OrderLists } from "./guest-orders";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders.meta");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function OrdersPage() {
  const raw = (await cookies()).get(GUEST_COOKIE)?.value;
  const result = raw ? await validateToken(raw, { scope: "view" }) : null;
  if (!result?.ok) redirect("/stay/leave");
  return (
    <GuestMessages namespaces={["orders"]}>
      <GuestOrders stay={guestBookingView(result)} realtime={clientPusherConfig()} initial={await firstPages(result)} />
    </GuestMessages>
  );
}

/**
 * The newest page of each list, as GET room-services/orders/ and breakfast/orders/ answer it (the
 * same functions; their views are JSON-shaped already), so the list is in the first paint instead of
 * after the scripts. A list refused here (a rule of that menu) is left to the page, which asks for
 * it and says why.
 */
async function firstPages(access: GuestAccess): Promise<OrderLists | undefined> {
  if (!hasScope(access.token, "order")) return undefined;
  const [rs, bf] = await Promise.all([listGuestOrders(access, { type: "ROOM_SERVICE" }).catch(() => null), listGuestBreakfastOrders(access).catch(() => null)]);
  return rs || bf ? { rs, bf } : undefined;
}
