import { and, eq, gte, inArray, isNull, notInArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { chatMessages, conversations, idempotencyKeys, orders, outboxEvents } from "@/lib/db/schema";

// What PostgreSQL holds at the end of a soak, read directly (not through the app), to judge the
// app's answers and the clients' views against.

export type DbState = Awaited<ReturnType<typeof readDbState>>;

export const orderScope = (kind: "room-service" | "breakfast", bookingId: string) => (kind === "room-service" ? `room-service-order:${bookingId}` : `breakfast:${bookingId}`);

export async function readDbState(hotelId: string, bookingIds: string[], since: Date) {
  const db = getDb();
  const orderRows = await db.select({ id: orders.id, bookingId: orders.bookingId, type: orders.type, status: orders.status }).from(orders).where(eq(orders.hotelId, hotelId));
  const scopes = bookingIds.flatMap((b) => [orderScope("room-service", b), orderScope("breakfast", b)]);
  const keys = await db.select({ scope: idempotencyKeys.scope, key: idempotencyKeys.key, response: idempotencyKeys.response }).from(idempotencyKeys).where(inArray(idempotencyKeys.scope, scopes));
  const messages = await db
    .select({ id: chatMessages.id, clientId: chatMessages.clientId, sender: chatMessages.sender, bookingId: conversations.bookingId })
    .from(chatMessages)
    .innerJoin(conversations, eq(conversations.id, chatMessages.conversationId))
    .where(eq(conversations.hotelId, hotelId));
  const convs = await db.select({ id: conversations.id, lastMessageAt: conversations.lastMessageAt }).from(conversations).where(eq(conversations.hotelId, hotelId));
  const outbox = await db
    .select({ id: outboxEvents.id, name: outboxEvents.name, channels: outboxEvents.channels, createdAt: outboxEvents.createdAt, deliveredAt: outboxEvents.deliveredAt, deadAt: outboxEvents.deadAt, lastError: outboxEvents.lastError, attempts: outboxEvents.attempts })
    .from(outboxEvents)
    .where(gte(outboxEvents.createdAt, since));
  return {
    orders: orderRows,
    /** scope → key → the order id its stored answer names */
    keys: new Map(keys.map((k) => [`${k.scope} ${k.key}`, String((k.response as { order_id?: unknown } | null)?.order_id ?? "")])),
    messages,
    conversations: convs,
    outbox,
  };
}

/** Outbox rows since `since` still waiting for delivery (neither delivered nor dead). */
export async function pendingOutbox(since: Date): Promise<number> {
  const rows = await getDb()
    .select({ id: outboxEvents.id })
    .from(outboxEvents)
    .where(and(gte(outboxEvents.createdAt, since), isNull(outboxEvents.deliveredAt), isNull(outboxEvents.deadAt)));
  return rows.length;
}

/** The hotel's orders not yet delivered or cancelled (what the kitchen board carries). */
export async function openOrders(hotelId: string): Promise<number> {
  const rows = await getDb()
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.hotelId, hotelId), notInArray(orders.status, ["DELIVERED", "CANCELLED"])));
  return rows.length;
}
