import type { z } from "zod";
import { AppError } from "@/lib/errors";

export const MAX_JSON_BYTES = 16 * 1024;

/** Flattens zod issues into `{ field: [messages] }` for forms and API clients. */
export function zodFields(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError("VALIDATION_ERROR", "Invalid request", zodFields(r.error));
  return r.data;
}

/** Reads a body with a size cap before parsing, so a huge body is refused without buffering it all. */
export async function readBodyText(req: Request, maxBytes = MAX_JSON_BYTES): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "Request body too large");
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", "Request body too large");
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export type JsonRead = { ok: true; value: Record<string, unknown> } | { ok: false; error: AppError };

/**
 * Reads a JSON object body (empty counts as `{}`). Size is enforced at once (throws 413); a
 * malformed body is returned as an error so the caller can identify the caller first.
 */
export async function readJsonObject(req: Request): Promise<JsonRead> {
  const text = await readBodyText(req);
  if (text.trim() === "") return { ok: true, value: {} };
  const type = req.headers.get("content-type") ?? "";
  if (type && !type.includes("json")) return { ok: false, error: new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON with Content-Type: application/json") };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: new AppError("INVALID_JSON", "Malformed JSON body") };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: new AppError("VALIDATION_ERROR", "Body must be a JSON object") };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** JSON body parsed with the given schema; any problem throws the matching AppError. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const body = await readJsonObject(req);
  if (!body.ok) throw body.error;
  return parseWith(schema, body.value);
}
