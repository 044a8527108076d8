import type { z } from "zod";
import { AppError } from "@/lib/errors";

export const MAX_JSON_BYTES = 16 * 1024;

/** Flattens zod issues into `{ field: [messages] }` for forms and API clients. */
export function zodFields(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    // Two checks of one field may say the same thing (a phone's pattern and its digit count): once.
    const list = (out[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
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
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body (a page navigating off): a bad request, not a server fault.
      throw new AppError("VALIDATION_ERROR", "Request body incomplete");
    }
    const { done, value } = chunk;
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

// Deeper than any form we accept; refused before parsing so no later step recurses into it.
export const MAX_JSON_DEPTH = 32;

/** Deepest bracket nesting in JSON text, counted in one pass without recursion (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** Path of the first string (value or key) that cannot be stored; iterative, so depth cannot overflow the stack. */
function findUnstorable(root: unknown): string | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) return path.join(".") || "_";
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, String(i)] }));
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (UNSTORABLE.test(k)) return [...path, k].join(".");
        stack.push({ value: v, path: [...path, k] });
      }
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
    if (jsonDepth(text) > MAX_JSON_DEPTH) return { ok: false, error: new AppError("VALIDATION_ERROR", "Body is nested too deeply") };
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
