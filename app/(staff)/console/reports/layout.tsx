import { REPORT_ROLES } from "@/lib/auth/roles";
import { staffPage } from "@/lib/auth/staff-page";

/**
 * The role check runs here, outside the page's loading boundary: a streamed page has sent its 200
 * before the page itself could answer 403, so a role that may not read reports gets it from here.
 */
export default async function ReportsLayout({ children }: { children: React.ReactNode }) {
  await staffPage(REPORT_ROLES);
  return children;
}
