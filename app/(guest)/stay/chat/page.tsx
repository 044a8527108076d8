import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canChatNow } from "@/lib/bookings/stay-rules";
import { readGuestMessages } from "@/lib/chat/guest-messages";
import { pageQuerySchema } from "@/lib/chat/schemas";
import { guestBookingChannel, guestChatChannel } from "@/lib/realtime/channels";
import { clientPusherConfig } from "@/lib/realtime/config";
import { GUEST_COOKIE } from "@/lib/tokens/cookie";
import { hasScope } from "@/lib/tokens/scopes";
import { validateToken } from "@/lib/tokens/validate";
import { GuestMessages } from "@/components/i18n/guest-messages";
import { GuestChat } from "./guest-chat";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("chat.meta");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function GuestChatPage() {
  const raw = (await cookies()).get(GUEST_COOKIE)?.value;
  const result = raw ? await validateToken(raw, { scope: "view" }) : null;
  if (!result?.ok) redirect("/stay/leave");
  const allowed = hasScope(result.token, "chat");
  // The newest page of the history is in the first paint (the same answer as GET chat/messages):
  // no skeleton, and the page's largest text does not wait for its scripts.
  const history = allowed ? await readGuestMessages(result, pageQuerySchema.parse({}), canChatNow(result.booking)) : null;
  return (
    <GuestMessages namespaces={["chat"]}>
      <GuestChat
        hotel={{ slug: result.hotel.slug, name: result.hotel.name, phone: result.hotel.phone, timezone: result.hotel.timezone }}
        channel={guestChatChannel(result.booking.reference)}
        bookingChannel={guestBookingChannel(result.booking.reference)}
        history={history}
        realtime={clientPusherConfig()}
      />
    </GuestMessages>
  );
}
