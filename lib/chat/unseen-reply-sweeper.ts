import "server-only";
import { emailUnseenReplies } from "./unseen-reply-email";

const EVERY_MS = 60_000;
const state = globalThis as unknown as { __chatEmailTimer?: ReturnType<typeof setInterval> };

/** Runs the chat email fallback once a minute on a long-running server (started by instrumentation.ts). */
export function startUnseenReplySweeper(): void {
  if (state.__chatEmailTimer) return;
  state.__chatEmailTimer = setInterval(() => {
    emailUnseenReplies().catch((e) => console.error("chat email fallback failed", e instanceof Error ? e.message : e));
  }, EVERY_MS);
  state.__chatEmailTimer.unref?.();
}
