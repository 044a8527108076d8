"use client";

import Pusher from "pusher-js";
import { createContext, useContext, useEffect, useMemo, useRef, useState } from "react";
import { keepSignedIn } from "@/lib/realtime/client/keep-signed-in";
import { ChannelHub } from "@/lib/realtime/client/channel-hub";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import type { EventName } from "@/lib/realtime/events";

/** `blocked`: the browser refuses the realtime address (the page's security policy), so no retry can help. */
export type LiveState = "connecting" | "live" | "reconnecting" | "offline" | "blocked";

type RealtimeContextValue = {
  pusher: Pusher | null;
  /** Shares channel subscriptions between the parts of the page (see useChannel). */
  hub: ChannelHub | null;
  state: LiveState;
};

/**
 * Who this page signs in as. Sent to both auth endpoints, so a staff browser that also holds a
 * guest cookie is staff on console pages, and a guest page never borrows a staff session.
 */
export type RealtimeIdentity = "guest" | "staff";

const RealtimeContext = createContext<RealtimeContextValue>({ pusher: null, hub: null, state: "offline" });

const AUTH_ENDPOINT = "/api/public/pusher/auth/";
const USER_AUTH_ENDPOINT = "/api/public/pusher/user-auth/";

function createClient(config: ClientPusherConfig, identity: RealtimeIdentity): Pusher {
  const params = { identity };
  const common = {
    cluster: config.cluster,
    channelAuthorization: { endpoint: AUTH_ENDPOINT, transport: "ajax" as const, params },
    userAuthentication: { endpoint: USER_AUTH_ENDPOINT, transport: "ajax" as const, params },
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
export function RealtimeProvider({
  config,
  identity,
  signIn = true,
  children,
}: {
  config: ClientPusherConfig | null;
  identity: RealtimeIdentity;
  signIn?: boolean;
  children: React.ReactNode;
}) {
  const [client, setClient] = useState<{ pusher: Pusher; hub: ChannelHub } | null>(null);
  const [state, setState] = useState<LiveState>(config ? "connecting" : "offline");
  // The browser knows at once when the network goes; pusher-js only notices after a ping timeout.
  const [networkUp, setNetworkUp] = useState(true);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    // pusher-js sees a refused socket as a network failure and retries for ever: say why instead.
    const refused = (e: SecurityPolicyViolationEvent) => {
      if (e.effectiveDirective === "connect-src" && /^wss?:/i.test(e.blockedURI)) setBlocked(true);
    };
    document.addEventListener("securitypolicyviolation", refused);
    return () => document.removeEventListener("securitypolicyviolation", refused);
  }, []);

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
    const client = createClient(config, identity);
    let wasLive = false;
    client.connection.bind("state_change", ({ current }: { current: string }) => {
      if (current === "connected") {
        wasLive = true;
        setState("live");
        if (signIn) client.signin();
      } else if (current === "connecting" || current === "initialized") setState(wasLive ? "reconnecting" : "connecting");
      else setState("offline");
    });
    // Signed-in pages: after a passing sign-in failure or the server's sign-in deadline, connect again.
    const stopKeeping = signIn ? keepSignedIn(client) : () => {};
    // The client is an external system created on mount (never during server render).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient({ pusher: client, hub: new ChannelHub(client) });
    return () => {
      stopKeeping();
      client.disconnect();
      setClient(null);
    };
  }, [config, identity, signIn]);

  const shown: LiveState = blocked ? "blocked" : networkUp ? state : "offline";
  const value = useMemo<RealtimeContextValue>(() => ({ pusher: client?.pusher ?? null, hub: client?.hub ?? null, state: shown }), [client, shown]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime() {
  return useContext(RealtimeContext);
}

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
