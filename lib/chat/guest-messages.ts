import { getDb } from "@/lib/db/client";
import type { GuestAccess } from "@/lib/tokens/validate";
import { findGuestConversation } from "./guest-chat";
import { listMessages, type MessagePage } from "./list-messages";
import type { PageQuery } from "./schemas";

export type GuestConversationView = MessagePage & {
  conversation_id: string | null;
  status: "OPEN" | "RESOLVED" | null;
  guest_read_up_to: number | null;
  staff_read_up_to: number | null;
  can_send: boolean;
};

/** GET chat/messages: this booking's conversation only (empty, and nothing written, before the first message). */
export async function readGuestMessages(access: GuestAccess, page: PageQuery, canSend: boolean): Promise<GuestConversationView> {
  const db = getDb();
  const conv = await findGuestConversation(db, access);
  if (!conv) return { conversation_id: null, status: null, messages: [], has_more: false, guest_read_up_to: null, staff_read_up_to: null, can_send: canSend };
  const view = await listMessages(db, conv, page);
  return { conversation_id: conv.id, status: conv.status, ...view, guest_read_up_to: conv.guestReadUpTo, staff_read_up_to: conv.staffReadUpTo, can_send: canSend };
}
