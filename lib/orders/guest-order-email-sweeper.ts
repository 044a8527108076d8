import "server-only";
import { startSweeper } from "@/lib/jobs/sweeper";
import { emailOrderEvents } from "./guest-order-email";

/** Runs the order email fallback once a minute on a long-running server (started by instrumentation.ts). */
export function startOrderEmailSweeper(): void {
  startSweeper({ key: "__orderEmailTimer", what: "order email fallback", everyMs: 60_000, sweep: emailOrderEvents });
}
