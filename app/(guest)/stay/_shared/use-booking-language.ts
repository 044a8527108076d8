"use client";

import { useRouter } from "next/navigation";
import { useChannel } from "@/components/realtime/realtime-provider";

/**
 * When the desk changes the booking's language, an open page is rendered again by the server,
 * which picks the language (lib/i18n/request.ts): the new one, unless the guest chose their own on
 * this device. Client state (a cart, a draft) stays as it is.
 */
export function useBookingLanguage(bookingChannel: string | null) {
  const router = useRouter();
  useChannel(bookingChannel, (name, data) => {
    if (name === "booking.updated" && Array.isArray(data.fields) && data.fields.includes("language")) router.refresh();
  });
}

/** useBookingLanguage for a page whose body does not otherwise follow the booking's channel. */
export function FollowBookingLanguage({ channel }: { channel: string }): null {
  useBookingLanguage(channel);
  return null;
}
