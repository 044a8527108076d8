import { staffAccountRoute } from "@/lib/auth/staff-route";
import { json } from "@/lib/http/respond";
import { listMyInvitations } from "@/lib/staff/invitations";

/** The signed-in person's own invitations (also when they work for no hotel yet). */
export const GET = staffAccountRoute(async (account) => json({ invitations: await listMyInvitations({ staffId: account.id }) }));
