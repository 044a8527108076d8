"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";
import { staffChatChannel } from "@/lib/realtime/channels";

const CHIME_EVERY_MS = 15_000;
const COUNTED = new Set(["guest_message", "chat.read", "chat.staff_message", "chat.conversation_updated"]);

/**
 * The console's "Chat" nav label: the hotel's unread guest messages as a badge and in the tab
 * title, and a chime (public/sounds/chat-chime.wav, made by scripts/make-chime.ts) that repeats
 * while any guest message is unread, i.e. until someone opens the conversation.
 */
export function ChatNavLabel({ hotelSlug }: { hotelSlug: string }) {
  const [unread, setUnread] = useState(0);
  const audio = useRef<HTMLAudioElement | null>(null);

  const refresh = useCallback(async () => {
    const res = await fetch("/api/console/conversations?filter=unread", { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    setUnread(((await res.json()) as { unread_total: number }).unread_total);
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- first load of an external count
    void refresh();
  }, [refresh]);

  useChannel(
    staffChatChannel(hotelSlug),
    (name) => {
      if (COUNTED.has(name)) void refresh();
    },
    () => void refresh(),
  );

  // Tab title: "(3) Chat · Console".
  useEffect(() => {
    const base = document.title.replace(/^\(\d+\) /, "");
    document.title = unread > 0 ? `(${unread}) ${base}` : base;
  }, [unread]);

  useEffect(() => {
    if (unread === 0) return;
    audio.current ??= new Audio("/sounds/chat-chime.wav");
    // Browsers may refuse sound before the first click on the page; the badge still shows.
    const play = () => void audio.current?.play().catch(() => {});
    play();
    const timer = setInterval(play, CHIME_EVERY_MS);
    return () => clearInterval(timer);
  }, [unread]);

  return (
    <span className="inline-flex items-center gap-1.5">
      Chat
      {unread > 0 && (
        <span data-testid="chat-unread-badge" aria-label={`${unread} unread`} className="rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white">
          {unread}
        </span>
      )}
    </span>
  );
}
