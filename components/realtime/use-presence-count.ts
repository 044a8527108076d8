"use client";

import type { PresenceChannel } from "pusher-js";
import { useEffect, useState } from "react";
import { useRealtime } from "./realtime-provider";

const MEMBER_EVENTS = ["pusher:subscription_succeeded", "pusher:member_added", "pusher:member_removed"] as const;

/**
 * Joins a presence channel and returns how many distinct members it has (me included), or null
 * while that is unknown: not yet subscribed, refused, or the connection is down (the list is stale).
 */
export function usePresenceCount(channelName: string | null): number | null {
  const { pusher, state } = useRealtime();
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    if (!pusher || !channelName) return;
    const channel = pusher.subscribe(channelName) as PresenceChannel;
    const update = () => setCount(channel.members.count);
    const unknown = () => setCount(null);
    for (const e of MEMBER_EVENTS) channel.bind(e, update);
    channel.bind("pusher:subscription_error", unknown);
    return () => {
      for (const e of MEMBER_EVENTS) channel.unbind(e, update);
      channel.unbind("pusher:subscription_error", unknown);
      pusher.unsubscribe(channelName);
      setCount(null);
    };
  }, [pusher, channelName]);

  return state === "live" ? count : null;
}
