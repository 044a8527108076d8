import { z } from "zod";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { staffRoute } from "@/lib/auth/staff-route";
import { parseJsonBody, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { changeRoleSchema, changeStaffRole, deactivateStaff } from "@/lib/staff/manage-staff";

const idSchema = z.string().uuid();

export const PATCH = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, req, { id }) => {
  const { role } = await parseJsonBody(req, changeRoleSchema);
  await changeStaffRole({ staffId: ctx.staff.id, hotelId: ctx.hotel.id }, parseWith(idSchema, id), role);
  return json({ updated: true });
});

export const DELETE = staffRoute<{ id: string }>(ADMIN_ONLY, async (ctx, _req, { id }) => {
  await deactivateStaff({ staffId: ctx.staff.id, hotelId: ctx.hotel.id }, parseWith(idSchema, id));
  return json({ deactivated: true });
});
