import { z } from "zod";
import { AppError } from "@/lib/errors";
import { requiredTextSchema } from "@/lib/validation/fields";

export const MAX_MESSAGE_CHARS = 2000;
// Events carry at most this much of a message; clients fetch longer ones.
export const PREVIEW_CHARS = 140;

const clientIdSchema = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/, "Letters, digits and . _ : - only");

const EMPTY = "Cannot be empty";
const messageTextSchema = requiredTextSchema(MAX_MESSAGE_CHARS, { required: EMPTY });

/**
 * The message text, checked with the seed's wording: trimmed; empty or only whitespace is
 * "Message cannot be empty" (so is text of only invisible format characters, and bidi controls
 * are removed: lib/validation/fields.ts); anything but a string, or over 2,000 characters, is refused too.
 */
export function parseMessageText(value: unknown): string {
  if (value === undefined || value === null) throw new AppError("VALIDATION_ERROR", "Message cannot be empty", { message: ["Required"] });
  if (typeof value !== "string") throw new AppError("VALIDATION_ERROR", "Message must be text", { message: ["Must be a string"] });
  const r = messageTextSchema.safeParse(value);
  if (r.success) return r.data;
  const why = r.error.issues[0]!.message;
  throw new AppError("VALIDATION_ERROR", why === EMPTY ? "Message cannot be empty" : `Message is too long (at most ${MAX_MESSAGE_CHARS} characters)`, { message: [why] });
}

export type SendMessageInput = { message: string; clientId: string | null };

/** `{ message, client_id? }` from the guest or the console. */
export function parseSendMessage(body: Record<string, unknown>): SendMessageInput {
  const message = parseMessageText(body.message);
  const cid = body.client_id;
  if (cid === undefined || cid === null || cid === "") return { message, clientId: null };
  const r = clientIdSchema.safeParse(cid);
  if (!r.success) throw new AppError("VALIDATION_ERROR", "Invalid client_id", { client_id: r.error.issues.map((i) => i.message) });
  return { message, clientId: r.data };
}

const messageId = z.coerce.number({ error: "Must be a message id" }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const readInputSchema = z.object({ up_to_message_id: messageId });
export const staffReadInputSchema = z.object({ up_to_message_id: messageId.optional() });

export const pageQuerySchema = z.object({
  before: messageId.optional(),
  limit: z.coerce.number({ error: "Must be a number" }).int().min(1).max(100).default(30),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const conversationIdSchema = z.uuid({ error: "Not a conversation id" });

export const inboxQuerySchema = z.object({
  filter: z.enum(["all", "open", "resolved", "unread", "mine"]).default("all"),
  q: z.string().trim().max(100).optional(),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const assignInputSchema = z.object({ staff_id: z.uuid({ error: "Not a staff id" }).nullable() });

/** Query-string values as a plain object (the first of repeated keys). */
export function searchParamsObject(url: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(url).searchParams) if (!(k in out)) out[k] = v;
  return out;
}

/** A short preview for events and lists: whole characters, never cut inside a surrogate pair. */
export function preview(text: string, max = PREVIEW_CHARS): { text: string; truncated: boolean } {
  const chars = [...text];
  if (chars.length <= max) return { text, truncated: false };
  return { text: chars.slice(0, max - 1).join("") + "…", truncated: true };
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
