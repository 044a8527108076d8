// Next.js calls register() once when a server process starts: start the outbox sweeper there
// (Node.js runtime only). On serverless hosts, see README "Realtime delivery on serverless".
export async function register() {
  // NEXT_RUNTIME is Next's own build-time flag, inlined per runtime bundle so the edge bundle drops the
  // Node-only imports below; lib/env.ts (read at run time) cannot do that.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installMethodGuard } = await import("@/lib/http/method-guard");
  installMethodGuard();
  const { startOutboxSweeper } = await import("@/lib/realtime/dispatcher");
  startOutboxSweeper();
  (await import("@/lib/chat/unseen-reply-sweeper")).startUnseenReplySweeper();
}
