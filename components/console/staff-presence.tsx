"use client";

import { createContext, useContext } from "react";
import { usePresenceCount } from "@/components/realtime/use-presence-count";
import { staffPresenceChannel } from "@/lib/realtime/channels";

const StaffOnlineContext = createContext<number | null>(null);

/** Every console page joins the hotel's staff presence channel once, here, and shares the count. */
export function StaffPresenceProvider({ hotelSlug, children }: { hotelSlug: string; children: React.ReactNode }) {
  const count = usePresenceCount(staffPresenceChannel(hotelSlug));
  return <StaffOnlineContext.Provider value={count}>{children}</StaffOnlineContext.Provider>;
}

/**
 * Staff of the current hotel with a console open (me included), or null while unknown.
 * The same number the server reads with lib/realtime/staff-online.ts (the seed's `staff_online`).
 */
export function useStaffOnline(): number | null {
  return useContext(StaffOnlineContext);
}
