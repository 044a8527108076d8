import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { KitchenShell } from "@/components/kitchen/kitchen-shell";
import { staffPage } from "@/lib/auth/staff-page";
import { clientPusherConfig } from "@/lib/realtime/config";
import { KITCHEN_ROLES } from "@/lib/auth/roles";
import { parseTextSize, TEXT_SIZE_COOKIE } from "@/components/kitchen/model/text-size";
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
  const textSize = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  return (
    <KitchenShell config={clientPusherConfig()} hotelName={ctx.hotel.name} textSize={textSize}>
      {children}
    </KitchenShell>
  );
}
