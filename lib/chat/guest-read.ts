import { transaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import type { GuestAccess } from "@/lib/tokens/validate";
import { findGuestConversation, guestRef } from "./guest-chat";
import { markRead } from "./mark-read";

/** POST chat/read: the guest has seen the conversation up to this message. */
export async function guestMarkRead(access: GuestAccess, upTo: number): Promise<{ up_to_message_id: number | null }> {
  return transaction(async (tx) => {
    const conv = await findGuestConversation(tx, access, { forUpdate: true });
    if (!conv) throw new AppError("NOT_FOUND", "No conversation yet");
    return { up_to_message_id: await markRead(tx, conv, guestRef(access, conv), "guest", upTo) };
  });
}
