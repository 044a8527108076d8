import "server-only";
import { startSweeper } from "@/lib/jobs/sweeper";
import { emailRequestOutcomes } from "./request-email";

/** Runs the request email fallback once a minute on a long-running server (started by instrumentation.ts). */
export function startRequestEmailSweeper(): void {
  startSweeper({ key: "__requestEmailTimer", what: "request email fallback", everyMs: 60_000, sweep: emailRequestOutcomes });
}
