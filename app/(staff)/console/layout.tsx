import type { Metadata } from "next";
import { ChatNavLabel } from "@/components/console/chat-unread";
import { ConsoleNav } from "@/components/console/console-nav";
import { ConsoleRealtime } from "@/components/console/console-realtime";
import { RequestsNavLabel } from "@/components/console/requests/requests-nav-label";
import { HotelSwitcher } from "@/components/console/hotel-switcher";
import { StaffOnline } from "@/components/console/staff-online";
import { LiveIndicator } from "@/components/realtime/live-indicator";
import { staffPage } from "@/lib/auth/staff-page";
import { FOOD_ROLES, GUEST_DESK_ROLES, KITCHEN_ROLES, REPORT_ROLES, REQUEST_ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import type { StaffRole } from "@/lib/db/schema";
import { staffOrdersChannel, staffRequestsChannel } from "@/lib/realtime/channels";
import { clientPusherConfig } from "@/lib/realtime/config";
import { listMyInvitations } from "@/lib/staff/invitations";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: { default: "Console", template: "%s · Console" } };
export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const ctx = (await staffPage())!;
  const has = (roles: readonly StaffRole[]) => roles.includes(ctx.role);
  const invitations = await listMyInvitations({ staffId: ctx.staff.id });
  // Each role sees its own work: housekeeping only its requests, a manager only the reports.
  const items = [
    ...(has(FOOD_ROLES) ? [{ href: "/console", label: "Today" }, { href: "/console/orders", label: "Orders" }, { href: "/console/breakfast", label: "Breakfast" }, { href: "/console/menus", label: "Menus" }] : []),
    ...(has(REQUEST_ROLES) ? [{ href: "/console/requests", label: <RequestsNavLabel channel={staffRequestsChannel(ctx.hotel.slug)} /> }] : []),
    ...(has(GUEST_DESK_ROLES) ? [{ href: "/console/bookings", label: "Bookings" }, { href: "/console/outbox", label: "Outbox" }] : []),
    ...(has(GUEST_DESK_ROLES) ? [{ href: "/console/chat", label: <ChatNavLabel hotelSlug={ctx.hotel.slug} /> }] : []),
    ...(has(REPORT_ROLES) ? [{ href: "/console/reports", label: "Reports" }] : []),
    ...(ctx.role === "ADMIN" ? [{ href: "/console/settings", label: "Hotel settings" }, { href: "/console/staff", label: "Staff" }, { href: "/console/deliveries", label: "Live updates" }] : []),
    // Everyone who may open the kitchen screen finds it here (KITCHEN_ROLES: the kitchen, admins).
    ...(has(KITCHEN_ROLES) ? [{ href: "/kitchen", label: "Kitchen screen" }] : []),
  ];
  return (
    // Read at request time, so one build serves any Pusher setup.
    <ConsoleRealtime config={clientPusherConfig()} hotelSlug={ctx.hotel.slug}>
      <div className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="bg-brand-700 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <p dir="auto" className="text-lg font-semibold">{ctx.hotel.name}</p>
              <p className="text-xs text-brand-50">
                <bdi>{ctx.staff.name}</bdi> · {ROLE_LABELS[ctx.role]}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-4">
              <StaffOnline />
              <LiveIndicator tone="light" />
              {invitations.length > 0 && (
                <a href="/invitations" className="text-sm font-medium underline">
                  Invitations ({invitations.length})
                </a>
              )}
              <HotelSwitcher current={ctx.hotel.slug} hotels={ctx.memberships} />
              <form action={signOutAction}>
                <button type="submit" className="rounded-md border border-brand-100 px-3 py-1.5 text-sm font-medium hover:bg-brand-800">
                  Sign out
                </button>
              </form>
            </div>
          </div>
        </header>
        <ConsoleNav items={items} ordersChannel={has(FOOD_ROLES) ? staffOrdersChannel(ctx.hotel.slug) : undefined} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </div>
    </ConsoleRealtime>
  );
}
