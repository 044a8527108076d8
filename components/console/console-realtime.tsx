"use client";

import { useState } from "react";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import type { ClientPusherConfig } from "@/lib/realtime/config";
import { StaffPresenceProvider } from "./staff-presence";

/** One live connection for the whole console, and the staff presence every console page joins. */
export function ConsoleRealtime({ config, hotelSlug, children }: { config: ClientPusherConfig | null; hotelSlug: string; children: React.ReactNode }) {
  // router.refresh() re-renders the layout and hands us an equal but new config object; keeping the
  // first one stops the provider from reconnecting (and resyncing, and refreshing again) each time.
  const [stableConfig] = useState(config);
  return (
    <RealtimeProvider config={stableConfig} identity="staff">
      <StaffPresenceProvider hotelSlug={hotelSlug}>{children}</StaffPresenceProvider>
    </RealtimeProvider>
  );
}
