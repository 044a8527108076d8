import type { Metadata, Viewport } from "next";
import { KitchenShell } from "@/components/kitchen/kitchen-shell";
import { staffPage } from "@/lib/auth/staff-page";
import { clientPusherConfig } from "@/lib/realtime/config";
import { KITCHEN_ROLES } from "@/lib/kitchen/roles";
import "./kitchen.css";

export const metadata: Metadata = {
  title: { default: "Kitchen", template: "%s · Kitchen" },
  manifest: "/kds/manifest.webmanifest",
  icons: { icon: "/kds/icon.svg", apple: "/kds/icon-192.png" },
  appleWebApp: { capable: true, title: "Kitchen", statusBarStyle: "black" },
};
export const viewport: Viewport = { themeColor: "#0c0a09" };
export const dynamic = "force-dynamic";

// Its own frame, not the console's: a wall screen with large type and no navigation chrome.
export default async function KitchenLayout({ children }: { children: React.ReactNode }) {
  const ctx = await staffPage(KITCHEN_ROLES);
  return (
    <KitchenShell config={clientPusherConfig()} hotelName={ctx.hotel.name}>
      {children}
    </KitchenShell>
  );
}
