import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handle, json } from "@/lib/http/respond";
import { sweepOutbox } from "@/lib/realtime/dispatcher";

export const dynamic = "force-dynamic";

function authorised(req: Request, secret: string): boolean {
  const given = Buffer.from(req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "");
  const want = Buffer.from(secret);
  return given.length === want.length && timingSafeEqual(given, want);
}

/**
 * The outbox sweep for serverless hosts, where no process lives on to run the interval sweeper:
 * a scheduler calls this with `Authorization: Bearer $CRON_SECRET`. Absent unless configured.
 */
async function sweep(req: Request) {
  const secret = env().CRON_SECRET;
  if (!secret) throw new AppError("NOT_FOUND", "Not found");
  if (!authorised(req, secret)) throw new AppError("UNAUTHENTICATED", "Bad sweep credentials");
  // Delivers what is due and drops old rows: nothing else purges on a serverless host.
  return json(await sweepOutbox());
}

export const GET = handle(sweep);
export const POST = handle(sweep);
