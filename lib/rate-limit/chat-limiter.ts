import "server-only";
import { GUEST_WRITE_LIMITS } from "./guest-write-limits";
import { consumeOrRefuse, resetSharedLimiters, sharedLimiter, tryConsume } from "./shared-limiter";

// Chat floods are counted per booking (guest side) and per staff member (console side); the
// numbers live with the other guest write limits (guest-write-limits.ts).

/** Only for tests: forget all counters. */
export function resetChatLimiters(): void {
  resetSharedLimiters();
}

/** Counts one message for `key` before any work; over the limit throws 429 with the seconds to wait. */
export async function consumeChatMessage(key: string): Promise<void> {
  await consumeOrRefuse(sharedLimiter("chat_message", GUEST_WRITE_LIMITS().chatMessage), key, "Too many messages; wait a moment");
}

/** True when a typing relay for `key` may go out now (throttled, never an error). */
export async function takeTypingSlot(key: string): Promise<boolean> {
  return tryConsume(sharedLimiter("chat_typing", GUEST_WRITE_LIMITS().chatTyping), key);
}

/** The sender's message ended their typing: the next keystroke may be relayed at once. */
export async function releaseTypingSlot(key: string): Promise<void> {
  await sharedLimiter("chat_typing", GUEST_WRITE_LIMITS().chatTyping).delete(key);
}
