import "server-only";
import { auth } from "@/lib/auth/auth";
import type { RealtimeCaller } from "@/lib/realtime/channel-auth";
import { guestTokenFrom, requestMeta } from "./guest";
import { AppError } from "@/lib/errors";
import { readBodyText } from "./parse";

/**
 * Reads what pusher-js posts (form-encoded; JSON also accepted) and who is asking: a guest token
 * (Bearer, cookie or `guest_token` field) and/or a staff session.
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
  const guestToken = await guestTokenFrom(req, fields.guest_token);
  const session = await auth();
  return { fields, caller: { guestToken, staffId: session?.user?.id ?? null, meta: requestMeta(req) } };
}
