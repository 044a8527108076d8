import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { staffUsers } from "@/lib/db/schema";
import { reserveSignInAttempt } from "@/lib/rate-limit/sign-in-limiter";
import { DUMMY_HASH, verifyPassword } from "@/lib/staff/password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
  password: z.string().min(1, "Enter your password").max(200),
});
export type CredentialsInput = z.infer<typeof credentialsSchema>;

export type VerifyResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "INVALID" | "RATE_LIMITED" };

/**
 * Checks a staff email and password. The attempt is counted before the (slow) comparison, so
 * the limits hold under parallel requests; unknown emails are compared against a dummy hash so
 * timing reveals nothing.
 */
export async function verifyCredentials(raw: unknown, ip: string | null): Promise<VerifyResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password } = parsed.data;
  const attempt = await reserveSignInAttempt(email, ip);
  if (!attempt) return { ok: false, reason: "RATE_LIMITED" };
  if (attempt.delayMs > 0) await sleep(attempt.delayMs);

  const [user] = await getDb().select().from(staffUsers).where(eq(staffUsers.email, email));
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches || !user.active) return { ok: false, reason: "INVALID" };
  await attempt.succeeded();
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
