// Next.js calls register() once when a server process starts: install the method guard and start
// the background sweepers there (Node.js runtime only), as nothing else runs on a timer. On
// serverless hosts, see docs/realtime.md "Dispatcher".
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
  (await import("@/lib/orders/guest-order-email-sweeper")).startOrderEmailSweeper();
  (await import("@/lib/requests/request-email-sweeper")).startRequestEmailSweeper();
  (await import("@/lib/idempotency/expired-keys-sweeper")).startExpiredKeysSweeper();
}
