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
  const { hub, state } = useRealtime();
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    if (!hub || !channelName) return;
    // Through the hub, so another part of the page on this channel keeps its subscription.
    const { channel: held, release } = hub.acquire(channelName);
    const channel = held as PresenceChannel;
    const update = () => setCount(channel.members.count);
    const unknown = () => setCount(null);
    for (const e of MEMBER_EVENTS) channel.bind(e, update);
    channel.bind("pusher:subscription_error", unknown);
    // Joined a channel another part of the page already holds: its members are known now.
    if (channel.subscribed) queueMicrotask(update);
    return () => {
      for (const e of MEMBER_EVENTS) channel.unbind(e, update);
      channel.unbind("pusher:subscription_error", unknown);
      release();
      setCount(null);
    };
  }, [hub, channelName]);

  return state === "live" ? count : null;
}
