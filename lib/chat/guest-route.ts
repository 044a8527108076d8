import { requireGuest } from "@/lib/http/guest";
import { readJsonObject } from "@/lib/http/parse";
import type { GuestAccess } from "@/lib/tokens/validate";

/**
 * The caller of a guest chat endpoint and its JSON body: the token (Bearer, `guest_token` body
 * field or portal cookie) must belong to this hotel and carry the chat scope (can_chat on), or
 * the answer is 403 "Chat access disabled". The caller is identified before the body is judged,
 * so a stranger learns nothing from validation errors.
 */
export async function chatCaller(req: Request, hotelSlug: string): Promise<{ access: GuestAccess; body: Record<string, unknown> }> {
  const read = req.method === "GET" ? { ok: true as const, value: {} } : await readJsonObject(req);
  const access = await requireGuest(req, { hotelSlug, scope: "chat", bodyToken: read.ok ? read.value.guest_token : undefined });
  if (!read.ok) throw read.error;
  return { access, body: read.value };
}
