"use client";

import Pusher, { type Channel } from "pusher-js";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { eventSchemas } from "@/lib/realtime/events";

export type LiveState = "connecting" | "live" | "reconnecting" | "offline";

type RealtimeContextValue = {
  pusher: Pusher | null;
  state: LiveState;
  /** Returns true the first time an event id is seen (events may be delivered more than once). */
  firstSighting: (eventId: unknown) => boolean;
};

const RealtimeContext = createContext<RealtimeContextValue>({ pusher: null, state: "offline", firstSighting: () => true });

const AUTH_ENDPOINT = "/api/public/pusher/auth/";
const USER_AUTH_ENDPOINT = "/api/public/pusher/user-auth/";

function createClient(config: ClientPusherConfig): Pusher {
  const common = {
    cluster: config.cluster,
    channelAuthorization: { endpoint: AUTH_ENDPOINT, transport: "ajax" as const },
    userAuthentication: { endpoint: USER_AUTH_ENDPOINT, transport: "ajax" as const },
  };
  if (!config.selfHosted) return new Pusher(config.key, { ...common, forceTLS: true });
  const { host, port, tls } = config.selfHosted;
  return new Pusher(config.key, {
    ...common,
    wsHost: host ?? window.location.hostname,
    wsPort: port,
    wssPort: port,
    forceTLS: tls,
    enabledTransports: tls ? ["wss"] : ["ws"],
  });
}

/**
 * One pusher-js connection per page, shared by the portal, the console and the kitchen screen.
 * Signs in (so the server can end a revoked guest's connection) and exposes a live/offline state.
 */
export function RealtimeProvider({ config, signIn = true, children }: { config: ClientPusherConfig | null; signIn?: boolean; children: React.ReactNode }) {
  const [pusher, setPusher] = useState<Pusher | null>(null);
  const [state, setState] = useState<LiveState>(config ? "connecting" : "offline");
  const seen = useRef(new Set<string>());
  // The browser knows at once when the network goes; pusher-js only notices after a ping timeout.
  const [networkUp, setNetworkUp] = useState(true);

  useEffect(() => {
    const up = () => setNetworkUp(true);
    const down = () => setNetworkUp(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, []);

  useEffect(() => {
    if (!config) return;
    const client = createClient(config);
    let wasLive = false;
    client.connection.bind("state_change", ({ current }: { current: string }) => {
      if (current === "connected") {
        wasLive = true;
        setState("live");
        if (signIn) client.signin();
      } else if (current === "connecting" || current === "initialized") setState(wasLive ? "reconnecting" : "connecting");
      else setState("offline");
    });
    // The client is an external system created on mount (never during server render).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPusher(client);
    return () => {
      client.disconnect();
      setPusher(null);
    };
  }, [config, signIn]);

  // Stable across state changes: useChannel depends on it, and a new function would make every
  // subscriber unsubscribe and resubscribe (and resync) each time the connection state moves.
  const firstSighting = useCallback((eventId: unknown) => {
    if (typeof eventId !== "string") return true;
    if (seen.current.has(eventId)) return false;
    seen.current.add(eventId);
    if (seen.current.size > 2000) seen.current = new Set([...seen.current].slice(-1000));
    return true;
  }, []);

  const shown: LiveState = networkUp ? state : "offline";
  const value = useMemo<RealtimeContextValue>(() => ({ pusher, state: shown, firstSighting }), [pusher, shown, firstSighting]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime() {
  return useContext(RealtimeContext);
}

/**
 * Subscribes to a channel and calls `onEvent` once per event id. `onResync` runs after every
 * (re)subscription and when the connection drops, so screens refetch what they may have missed.
 */
export function useChannel(
  channelName: string | null,
  onEvent: (name: string, data: Record<string, unknown>) => void,
  onResync?: () => void,
) {
  const { pusher, firstSighting, state } = useRealtime();
  const handlers = useRef({ onEvent, onResync });
  useEffect(() => {
    handlers.current = { onEvent, onResync };
  });

  useEffect(() => {
    if (!pusher || !channelName) return;
    const channel: Channel = pusher.subscribe(channelName);
    channel.bind("pusher:subscription_succeeded", () => handlers.current.onResync?.());
    channel.bind_global((name: string, data: unknown) => {
      if (name.startsWith("pusher:") || name.startsWith("pusher_internal:")) return;
      const payload = (data ?? {}) as Record<string, unknown>;
      // Events from the shared catalogue are checked against it; a malformed one is dropped.
      const schema = (eventSchemas as Record<string, { safeParse: (v: unknown) => { success: boolean } } | undefined>)[name];
      if (schema && !schema.safeParse(payload).success) return;
      if (firstSighting(payload.event_id)) handlers.current.onEvent(name, payload);
    });
    return () => {
      channel.unbind_all();
      pusher.unsubscribe(channelName);
    };
  }, [pusher, channelName, firstSighting]);

  // A dropped connection (e.g. ended by the server) may hide events: resync when it goes down,
  // and again when it comes back from being offline or reconnecting.
  const prev = useRef(state);
  useEffect(() => {
    const was = prev.current;
    if ((was === "live" && state === "offline") || ((was === "offline" || was === "reconnecting") && state === "live")) handlers.current.onResync?.();
    prev.current = state;
  }, [state]);
}
