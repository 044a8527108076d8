import type { Metadata } from "next";
import { HotelSettingsForm } from "@/components/console/hotel-settings-form";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";

export const metadata: Metadata = { title: "Hotel settings" };

export default async function SettingsPage() {
  const ctx = await staffPage(ADMIN_ONLY);
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">Hotel settings</h1>
      <HotelSettingsForm hotel={ctx.hotel} />
    </div>
  );
}
