import "server-only";
import { startSweeper } from "@/lib/jobs/sweeper";
import { emailUnseenReplies } from "./unseen-reply-email";

/** Runs the chat email fallback once a minute on a long-running server (started by instrumentation.ts). */
export function startUnseenReplySweeper(): void {
  startSweeper({ key: "__chatEmailTimer", what: "chat email fallback", everyMs: 60_000, sweep: emailUnseenReplies });
}
