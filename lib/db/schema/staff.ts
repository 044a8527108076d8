import { boolean, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { hotels } from "./hotels";

export const staffRole = pgEnum("staff_role", ["ADMIN", "FRONT_DESK", "KITCHEN", "HOUSEKEEPING", "MANAGER"]);
export type StaffRole = (typeof staffRole.enumValues)[number];

export const staffUsers = pgTable("staff_users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(), // stored lower-case
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  active: boolean("active").notNull().default(true),
  // Carried in the session JWT; bumping it (sign-out, deactivation, password or role change) ends every session at once.
  sessionVersion: integer("session_version").notNull().default(0),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
export type StaffUser = typeof staffUsers.$inferSelect;
export type NewStaffUser = typeof staffUsers.$inferInsert;

// One person may work for several hotels, with one role in each.
export const staffMemberships = pgTable(
  "staff_memberships",
  {
    staffId: uuid("staff_id").notNull().references(() => staffUsers.id),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    role: staffRole("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.hotelId] })],
);
export type StaffMembership = typeof staffMemberships.$inferSelect;

// A hotel's offer of a role to an account that exists already: the account joins only when its
// owner accepts (signed in), so no admin can attach someone else's account to their hotel.
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffId: uuid("staff_id").notNull().references(() => staffUsers.id),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    role: staffRole("role").notNull(),
    invitedBy: uuid("invited_by").references(() => staffUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("staff_invitations_staff_hotel").on(t.staffId, t.hotelId)],
);
export type StaffInvitation = typeof staffInvitations.$inferSelect;
