import type { Metadata } from "next";
import { CreateBookingForm } from "@/components/console/create-booking-form";
import { GUEST_DESK_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { localDate } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "New booking" };

export default async function NewBookingPage() {
  const ctx = await staffPage(GUEST_DESK_ROLES);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">New booking</h1>
      <CreateBookingForm today={localDate(new Date(), ctx.hotel.timezone)} />
    </div>
  );
}
