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

// NUL and other control characters (tab and newlines aside) and unpaired UTF-16 surrogates
// cannot be stored in PostgreSQL text; refuse them at the edge instead of failing in the DB.
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findUnstorable(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path.join(".") || "_" : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findUnstorable(v, [...path, String(i)]);
      if (hit) return hit;
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const hit = findUnstorable(v, [...path, k]) ?? findUnstorable(k, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Reads an object body: JSON, or form-encoded as the seed's clients may send (empty counts as
 * `{}`). Size is enforced at once (throws 413); other problems are returned as an error so the
 * caller can identify the caller first.
 */
export async function readJsonObject(req: Request): Promise<JsonRead> {
  const text = await readBodyText(req);
  if (text.trim() === "") return { ok: true, value: {} };
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  let value: unknown;
  if (type.startsWith("application/x-www-form-urlencoded")) {
    value = Object.fromEntries(new URLSearchParams(text));
  } else if (type && !type.includes("json")) {
    return { ok: false, error: new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON with Content-Type: application/json") };
  } else {
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, error: new AppError("INVALID_JSON", "Malformed JSON body") };
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: new AppError("VALIDATION_ERROR", "Body must be a JSON object") };
  }
  const bad = findUnstorable(value);
  if (bad) return { ok: false, error: new AppError("VALIDATION_ERROR", "Invalid request", { [bad]: ["Contains characters that cannot be saved"] }) };
  return { ok: true, value: value as Record<string, unknown> };
}

/** JSON body parsed with the given schema; any problem throws the matching AppError. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const body = await readJsonObject(req);
  if (!body.ok) throw body.error;
  return parseWith(schema, body.value);
}
