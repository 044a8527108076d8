// Next.js calls register() once when a server process starts: start the outbox sweeper there
// (Node.js runtime only). On serverless hosts, see README "Realtime delivery on serverless".
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installMethodGuard } = await import("@/lib/http/method-guard");
  installMethodGuard();
  const { startOutboxSweeper } = await import("@/lib/realtime/dispatcher");
  startOutboxSweeper();
  (await import("@/lib/chat/unseen-reply-sweeper")).startUnseenReplySweeper();
}
