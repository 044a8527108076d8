import { AppError } from "@/lib/errors";
import { idempotencyKeySchema } from "@/lib/idempotency/key";

/** The Idempotency-Key header, checked (400 when malformed), or null when absent. */
export function idempotencyKeyFrom(req: Request): string | null {
  const raw = req.headers.get("idempotency-key");
  if (raw === null) return null;
  const r = idempotencyKeySchema.safeParse(raw);
  if (!r.success) throw new AppError("VALIDATION_ERROR", "Idempotency-Key must be 8–128 letters, digits or - _ . :", { "Idempotency-Key": ["8–128 letters, digits or - _ . :"] });
  return r.data;
}
