import type { EventName } from "@/lib/realtime/events";

// Which catalogue events make a server-rendered desk page (Today, a booking) refetch.
export const ORDER_EVENTS = ["order.created", "order.status_changed", "order.updated"] as const satisfies readonly EventName[];
export const CHAT_EVENTS = ["guest_message", "chat.staff_message", "chat.conversation_updated", "chat.status_changed"] as const satisfies readonly EventName[];
