import type { Metadata } from "next";
import { HotelSettingsForm } from "@/components/console/hotel-settings-form";
import { GuideEditor } from "@/components/console/requests/guide-editor";
import { RequestTypesEditor } from "@/components/console/requests/request-types-editor";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { listRequestTypes } from "@/lib/requests/request-types";

export const metadata: Metadata = { title: "Hotel settings" };

export default async function SettingsPage() {
  const ctx = await staffPage(ADMIN_ONLY);
  const types = await listRequestTypes(ctx.hotel.id);
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Hotel settings</h1>
        <nav aria-label="Settings sections" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href="#guide-h" className="text-brand-700 underline">
            Hotel guide
          </a>
          <a href="#request-types-h" className="text-brand-700 underline">
            Guest requests
          </a>
        </nav>
        <HotelSettingsForm hotel={ctx.hotel} />
      </div>
      <GuideEditor guide={ctx.hotel.guide} checkOutTime={ctx.hotel.checkOutTime} />
      <RequestTypesEditor types={types} defaultLanguage={ctx.hotel.defaultLanguage} />
    </div>
  );
}
