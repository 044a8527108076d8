import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handle, json } from "@/lib/http/respond";
import { emailUnseenReplies } from "@/lib/chat/unseen-reply-email";
import { emailOrderEvents } from "@/lib/orders/guest-order-email";
import { emailRequestOutcomes } from "@/lib/requests/request-email";
import { getDb } from "@/lib/db/client";
import { purgeExpiredKeys } from "@/lib/idempotency/run-once";
import { sweepOutbox } from "@/lib/realtime/dispatcher";

export const dynamic = "force-dynamic";

function authorised(req: Request, secret: string): boolean {
  const given = Buffer.from(req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "");
  const want = Buffer.from(secret);
  return given.length === want.length && timingSafeEqual(given, want);
}

/**
 * The background jobs for serverless hosts, where no process lives on to run the interval timers
 * (outbox sweep, chat, order and request email fallbacks, expired idempotency keys): a scheduler calls this every minute or so with
 * `Authorization: Bearer $CRON_SECRET`. Absent unless configured.
 */
async function sweep(req: Request) {
  const secret = env().CRON_SECRET;
  if (!secret) throw new AppError("NOT_FOUND", "Not found");
  if (!authorised(req, secret)) throw new AppError("UNAUTHENTICATED", "Bad sweep credentials");
  // One pass of each job instrumentation.ts runs on timers: deliver what is due and drop old rows
  // (nothing else purges on a serverless host), then email due unseen chat replies. Both claim
  // their work in transactions, so a pass overlapping a timer's never sends anything twice.
  const outbox = await sweepOutbox();
  const chatEmails = await emailUnseenReplies({ origin: new URL(req.url).origin });
  const orderEmails = await emailOrderEvents();
  const requestEmails = await emailRequestOutcomes();
  const expiredKeys = await purgeExpiredKeys(getDb());
  return json({ ...outbox, chat_emails: chatEmails, order_emails: orderEmails, request_emails: requestEmails, expired_idempotency_keys: expiredKeys });
}

export const GET = handle(sweep);
export const POST = handle(sweep);
