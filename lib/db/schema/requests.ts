import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, boolean } from "drizzle-orm/pg-core";
import type { GuestLanguage as Locale } from "./languages";
import { bookings } from "./bookings";
import { hotels } from "./hotels";
import { staffUsers } from "./staff";
import { guestBookingTokens } from "./tokens";

// Service requests: what guests ask for besides food (towels, cleaning, a repair, a wake-up call,
// a later check-out), tracked like orders with a status, a promise and who is on it.

export const requestDepartment = pgEnum("request_department", ["HOUSEKEEPING", "MAINTENANCE", "FRONT_DESK"]);
export type RequestDepartment = (typeof requestDepartment.enumValues)[number];

// The kind decides the form the guest fills and what the request carries (lib/requests/schemas.ts).
export const requestKind = pgEnum("request_kind", ["AMENITIES", "CLEANING", "MAINTENANCE", "WAKE_UP", "LATE_CHECKOUT", "OTHER"]);
export type RequestKind = (typeof requestKind.enumValues)[number];

export const requestStatus = pgEnum("request_status", ["NEW", "ACKNOWLEDGED", "IN_PROGRESS", "DONE", "DECLINED", "CANCELLED"]);
export type RequestStatus = (typeof requestStatus.enumValues)[number];

/** Per kind: AMENITIES lists its items (key, label, most per request); LATE_CHECKOUT its latest time. */
export type RequestTypeOptions = {
  items?: { key: string; label: string; max: number; translations?: Partial<Record<Locale, string>> }[];
  latestCheckout?: string; // "HH:MM", hotel time
};
export type RequestTypeTranslations = Partial<Record<Locale, { name?: string; description?: string }>>;

export const requestTypes = pgTable(
  "request_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    kind: requestKind("kind").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    department: requestDepartment("department").notNull(),
    // The response promise: a request still NEW this long after it was made is late.
    targetMinutes: integer("target_minutes").notNull().default(30),
    active: boolean("active").notNull().default(true),
    position: integer("position").notNull().default(0),
    options: jsonb("options").$type<RequestTypeOptions>().notNull().default({}),
    translations: jsonb("translations").$type<RequestTypeTranslations>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("request_types_hotel_idx").on(t.hotelId, t.position)],
);
export type RequestType = typeof requestTypes.$inferSelect;
export type NewRequestType = typeof requestTypes.$inferInsert;

/** What the guest asked for, by kind (validated by lib/requests/schemas.ts). */
export type ServiceRequestDetails = {
  items?: { key: string; label: string; quantity: number }[];
  cleaning?: "NOW" | "SKIP_TODAY";
  description?: string;
  wakeAt?: string; // ISO instant
  checkoutTime?: string; // "HH:MM", hotel time, on the departure date
};

export const serviceRequests = pgTable(
  "service_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    hotelId: uuid("hotel_id").notNull().references(() => hotels.id),
    bookingId: uuid("booking_id").notNull().references(() => bookings.id),
    typeId: uuid("type_id").notNull().references(() => requestTypes.id),
    // Snapshots of the type when asked: a later edit of the type does not rewrite history.
    kind: requestKind("kind").notNull(),
    department: requestDepartment("department").notNull(),
    typeName: text("type_name").notNull(),
    status: requestStatus("status").notNull().default("NEW"),
    details: jsonb("details").$type<ServiceRequestDetails>().notNull().default({}),
    note: text("note"),
    // The guest's language when asking (emails about it are written in it).
    language: text("language"),
    requestedViaTokenId: uuid("requested_via_token_id").references(() => guestBookingTokens.id),
    // Created + the type's target minutes: still NEW after this, the request is late.
    promisedAt: timestamp("promised_at", { withTimezone: true }).notNull(),
    // When the task is due (a wake-up call's time); null for "as soon as possible".
    dueAt: timestamp("due_at", { withTimezone: true }),
    assignedStaffId: uuid("assigned_staff_id").references(() => staffUsers.id),
    declineReason: text("decline_reason"),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    declinedAt: timestamp("declined_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    // Email fallback for an outcome (DONE / DECLINED) the guest has not seen in the portal.
    guestSeenAt: timestamp("guest_seen_at", { withTimezone: true }),
    guestEmailedAt: timestamp("guest_emailed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("service_requests_hotel_status_idx").on(t.hotelId, t.status, t.createdAt),
    index("service_requests_hotel_created_idx").on(t.hotelId, t.createdAt, t.id),
    index("service_requests_booking_idx").on(t.bookingId, t.createdAt),
  ],
);
export type ServiceRequest = typeof serviceRequests.$inferSelect;
export type NewServiceRequest = typeof serviceRequests.$inferInsert;
