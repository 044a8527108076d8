import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { guestBookingView } from "@/lib/bookings/guest-view";
import { guestGuideView } from "@/lib/hotels/guide";
import { isLocale } from "@/lib/i18n/locales";
import { guestStaySummary } from "@/lib/orders/guest-stay-summary";
import { clientPusherConfig } from "@/lib/realtime/config";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";
import { GuestMessages } from "@/components/i18n/guest-messages";
import { HotelGuide } from "./_guide/hotel-guide";
import { RequestsTile } from "./_requests/requests-tile";
import { GuestPortal } from "./guest-portal";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stay");
  return { title: t("metaTitle"), referrer: "no-referrer" };
}

export default async function StayPage() {
  const raw = (await cookies()).get(GUEST_COOKIE)?.value;
  const result = raw ? await validateToken(raw, { scope: "view" }) : null;
  // A refused cookie is cleared on the way to the explanation page.
  if (!result?.ok) redirect("/stay/leave");
  const view = guestBookingView(result);
  const locale = await getLocale();
  // The guide in the page's language; the Wi-Fi password only in house (the server's rule).
  const guide = guestGuideView(result.hotel, result.booking, isLocale(locale) ? locale : null);
  return (
    <GuestMessages namespaces={["stay"]}>
      <GuestPortal
        initialView={view}
        initialSummary={await guestStaySummary(result)}
        realtime={clientPusherConfig()}
        requestsTile={<RequestsTile />}
        guide={<HotelGuide guide={guide} arriving={view.booking.stay_status === "upcoming"} />}
      />
    </GuestMessages>
  );
}
