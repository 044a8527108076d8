"use client";

import { useEffect, useRef } from "react";
import type { EventName } from "@/lib/realtime/events";
import { useRealtime } from "./realtime-provider";

/**
 * Listens to a channel's catalogue events (anything else on the channel is ignored) and calls
 * `onEvent` once per event id. `onResync` runs after every (re)subscription and when the
 * connection drops or comes back, so screens refetch what they may have missed. Several
 * components may listen to one channel: the page's ChannelHub shares the subscription.
 */
export function useChannel(channelName: string | null, onEvent: (name: EventName, data: Record<string, unknown>) => void, onResync?: () => void) {
  const { hub, state } = useRealtime();
  const handlers = useRef({ onEvent, onResync });
  useEffect(() => {
    handlers.current = { onEvent, onResync };
  });

  useEffect(() => {
    if (!hub || !channelName) return;
    return hub.listen(channelName, {
      onEvent: (name, data) => handlers.current.onEvent(name, data),
      onResync: () => handlers.current.onResync?.(),
    });
  }, [hub, channelName]);

  // A dropped connection (e.g. ended by the server) may hide events: resync when it goes down,
  // and again when it comes back from being offline or reconnecting. Only while listening: a
  // screen that stopped (a revoked link) has nothing to catch up on.
  const prev = useRef(state);
  const listening = Boolean(channelName);
  useEffect(() => {
    const was = prev.current;
    prev.current = state;
    if (!listening) return;
    if ((was === "live" && state === "offline") || ((was === "offline" || was === "reconnecting") && state === "live")) handlers.current.onResync?.();
  }, [state, listening]);
}
