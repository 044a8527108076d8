import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { guestBookingView } from "@/lib/bookings/guest-view";
import { guestStaySummary } from "@/lib/orders/guest-stay-summary";
import { clientPusherConfig } from "@/lib/realtime/config";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";
import { GuestMessages } from "@/components/i18n/guest-messages";
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
  return (
    <GuestMessages namespaces={["stay"]}>
      <GuestPortal initialView={guestBookingView(result)} initialSummary={await guestStaySummary(result)} realtime={clientPusherConfig()} />
    </GuestMessages>
  );
}
