"use client";

import Pusher from "pusher-js";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { ChannelHub } from "@/lib/realtime/client/channel-hub";
import type { ClientPusherConfig } from "@/lib/realtime/config";

export type LiveState = "connecting" | "live" | "reconnecting" | "offline";

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
    // The client is an external system created on mount (never during server render).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient({ pusher: client, hub: new ChannelHub(client) });
    return () => {
      client.disconnect();
      setClient(null);
    };
  }, [config, identity, signIn]);

  const shown: LiveState = networkUp ? state : "offline";
  const value = useMemo<RealtimeContextValue>(() => ({ pusher: client?.pusher ?? null, hub: client?.hub ?? null, state: shown }), [client, shown]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime() {
  return useContext(RealtimeContext);
}
