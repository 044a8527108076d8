import "server-only";
import type { StaffActor } from "@/lib/bookings/actor";
import type { StaffRole } from "@/lib/db/schema";
import { assertCookieWrite } from "@/lib/http/request-origin";
import { handle } from "@/lib/http/respond";
import { requireStaff, requireStaffAccount, type StaffAccount } from "./require-staff";
import type { StaffContext } from "./staff-context";

/**
 * A console route handler: a mutation from another origin is refused first (nothing read or
 * written), then session, active account, current hotel and role are checked before `fn` runs;
 * any AppError becomes the `{error, code}` JSON contract.
 */
export function staffRoute<P extends Record<string, string> = Record<string, never>>(
  roles: readonly StaffRole[],
  fn: (ctx: StaffContext, req: Request, params: P) => Promise<Response>,
) {
  return handle(async (req: Request, route: { params: Promise<P> }) => {
    assertCookieWrite(req);
    const ctx = await requireStaff({ roles });
    return fn(ctx, req, await route.params);
  });
}

/** Like staffRoute for what a signed-in person does for themself, with or without a hotel (invitations). */
export function staffAccountRoute<P extends Record<string, string> = Record<string, never>>(fn: (account: StaffAccount, req: Request, params: P) => Promise<Response>) {
  return handle(async (req: Request, route: { params: Promise<P> }) => {
    assertCookieWrite(req);
    const account = await requireStaffAccount();
    return fn(account, req, await route.params);
  });
}

export function actorOf(ctx: StaffContext): StaffActor {
  return { staffId: ctx.staff.id, hotel: ctx.hotel };
}
