import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { guestBookingView } from "@/lib/bookings/guest-view";
import { clientPusherConfig } from "@/lib/realtime/config";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { validateToken } from "@/lib/tokens/validate";
import { GuestMessages } from "@/components/i18n/guest-messages";
import { GuestRequests } from "../_requests/guest-requests";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests.meta");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function RequestsPage() {
  const raw = (await cookies()).get(GUEST_COOKIE)?.value;
  const result = raw ? await validateToken(raw, { scope: "view" }) : null;
  if (!result?.ok) redirect("/stay/leave");
  return (
    <GuestMessages namespaces={["requests"]}>
      <GuestRequests stay={guestBookingView(result)} realtime={clientPusherConfig()} />
    </GuestMessages>
  );
}
