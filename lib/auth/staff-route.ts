import "server-only";
import type { StaffActor } from "@/lib/bookings/actor";
import type { StaffRole } from "@/lib/db/schema";
import { handle } from "@/lib/http/respond";
import { requireStaff } from "./require-staff";
import type { StaffContext } from "./staff-context";

/**
 * A console route handler: session, active account, current hotel and role are checked before
 * `fn` runs; any AppError becomes the `{error, code}` JSON contract.
 */
export function staffRoute<P extends Record<string, string> = Record<string, never>>(
  roles: readonly StaffRole[],
  fn: (ctx: StaffContext, req: Request, params: P) => Promise<Response>,
) {
  return handle(async (req: Request, route: { params: Promise<P> }) => {
    const ctx = await requireStaff({ roles });
    return fn(ctx, req, await route.params);
  });
}

export function actorOf(ctx: StaffContext): StaffActor {
  return { staffId: ctx.staff.id, hotel: ctx.hotel };
}
