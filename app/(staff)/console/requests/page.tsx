import type { Metadata } from "next";
import { RequestQueue } from "@/components/console/requests/request-queue";
import { REQUEST_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";
import { departmentsFor } from "@/lib/requests/request-roles";
import { staffRequestsChannel } from "@/lib/realtime/channels";

export const metadata: Metadata = { title: "Requests" };
export const dynamic = "force-dynamic";

/** The live queue of guests' service requests: housekeeping on a phone, the desk on a screen. */
export default async function RequestsPage() {
  const ctx = await staffPage(REQUEST_ROLES);
  return <RequestQueue channel={staffRequestsChannel(ctx.hotel.slug)} timezone={ctx.hotel.timezone} departments={[...departmentsFor(ctx.role)]} />;
}
