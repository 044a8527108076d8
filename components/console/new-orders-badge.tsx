"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useChannel } from "@/components/realtime/realtime-provider";
import { playChime } from "./order-chime";

/**
 * Counts orders placed since the queue was last open and chimes for each, on every console page.
 * Opening the queue clears the count.
 */
export function NewOrdersBadge({ channel }: { channel: string }) {
  const path = usePathname();
  const onQueue = path.startsWith("/console/orders");
  const [unread, setUnread] = useState(0);
  const [chimes, setChimes] = useState(0);

  useEffect(() => {
    // Seeing the queue is reading it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (onQueue) setUnread(0);
  }, [onQueue]);

  useChannel(channel, (name) => {
    if (name !== "order.created") return;
    if (!onQueue) setUnread((n) => n + 1);
    if (playChime()) setChimes((n) => n + 1);
  });

  return (
    <span data-testid="new-orders-badge" data-unread={unread} data-chimes={chimes} aria-live="polite">
      {unread > 0 && (
        <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">
          {unread}
          <span className="sr-only"> new {unread === 1 ? "order" : "orders"}</span>
        </span>
      )}
    </span>
  );
}
