import "server-only";
import { auth } from "@/lib/auth/auth";
import { realtimeIdentitySchema, type RealtimeCaller } from "@/lib/access/channel-access";
import { guestTokenFrom, requestMeta } from "./guest";
import { AppError } from "@/lib/errors";
import { parseWith, readBodyText } from "./parse";

/**
 * Reads what pusher-js posts (form-encoded; JSON also accepted) and who is asking: a guest token
 * (Bearer, cookie or `guest_token` field) and/or a staff session, and which of the two the page
 * asks to be (`identity`, sent by our providers; the seed's clients leave it out).
 */
export async function readRealtimeRequest(req: Request): Promise<{ fields: Record<string, string>; caller: RealtimeCaller }> {
  const text = await readBodyText(req, 4096);
  const type = req.headers.get("content-type") ?? "";
  let fields: Record<string, string> = {};
  if (type.includes("json")) {
    try {
      const v = JSON.parse(text || "{}") as unknown;
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error();
      // Numbers are taken as their text (a socket id sent as 123.456); other shapes are left out.
      fields = Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => typeof x === "string" || typeof x === "number")
          .map(([k, x]) => [k, String(x)]),
      );
    } catch {
      throw new AppError("INVALID_JSON", "Malformed JSON body");
    }
  } else {
    fields = Object.fromEntries(new URLSearchParams(text));
  }
  const identity = parseWith(realtimeIdentitySchema.optional(), fields.identity);
  const guestToken = identity === "staff" ? null : ((await guestTokenFrom(req, fields.guest_token))?.value ?? null);
  const staffId = identity === "guest" ? null : ((await auth())?.user?.id ?? null);
  return { fields, caller: { guestToken, staffId, identity, meta: requestMeta(req) } };
}
