// The whole schema in one object for drizzle's relational queries; tables live by domain in schema/.
export * from "./schema/hotels";
export * from "./schema/staff";
export * from "./schema/bookings";
export * from "./schema/tokens";
export * from "./schema/outbox";
export * from "./schema/email";
export * from "./schema/menus";
export * from "./schema/orders";
export * from "./schema/idempotency";
export * from "./schema/chat";
export * from "./schema/requests";
