import type { Metadata } from "next";
import { StaffManager } from "@/components/console/staff-manager";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { listHotelInvitations } from "@/lib/staff/invitations";
import { listHotelStaff } from "@/lib/staff/manage-staff";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const ctx = await staffPage(ADMIN_ONLY);
  const [members, invitations] = await Promise.all([listHotelStaff({ hotelId: ctx.hotel.id }), listHotelInvitations({ hotelId: ctx.hotel.id })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Staff</h1>
      <p className="text-sm text-stone-700">Role changes and deactivation take effect on the person&apos;s next click.</p>
      <StaffManager members={members} invitations={invitations} selfId={ctx.staff.id} />
    </div>
  );
}
