import { transaction } from "@/lib/db/transaction";
import { guestChatChannel } from "@/lib/realtime/channels";
import type { GuestAccess } from "@/lib/tokens/validate";
import { ensureGuestConversation } from "./guest-chat";

/** POST chat/start: the booking's one conversation (created the first time) and its channel. */
export async function startChat(access: GuestAccess): Promise<{ conversation_id: string; pusher_channel: string; status: string }> {
  const c = await transaction((tx) => ensureGuestConversation(tx, access));
  return { conversation_id: c.id, pusher_channel: guestChatChannel(access.booking.reference), status: c.status };
}
