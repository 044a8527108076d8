import { z } from "zod";

/** A client-chosen key (forms send a random UUID); bounded and plain so it is safe to store. */
export const idempotencyKeySchema = z
  .string({ error: "Reload the form and try again" })
  .regex(/^[A-Za-z0-9_.:-]{8,128}$/, "Reload the form and try again");

const IDEMPOTENCY_HEADER = "idempotency-key";

/**
 * The body with the Idempotency-Key header's value as its `idempotencyKey`, for handlers whose
 * schema carries the key: API clients send the header, the console forms send the field.
 */
export function withIdempotencyHeader(req: Request, body: Record<string, unknown>): Record<string, unknown> {
  const header = req.headers.get(IDEMPOTENCY_HEADER);
  return header === null ? body : { ...body, idempotencyKey: header };
}
