// Issues a new guest link for a booking from the shell (front-desk scripting, support).
// npm run guest-link -- <bookingRef> [--purpose P] [--no-chat] [--no-orders] [--days N] [--label T] [--json]
import { eq } from "drizzle-orm";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";
import { resolveAppUrl } from "@/lib/dev/app-url";
import { env } from "@/lib/env";
import { bookings, hotels, tokenPurpose } from "@/lib/db/schema";
import { issueToken } from "@/lib/tokens/issue";
import { tokenScopes } from "@/lib/tokens/scopes";
import { MAX_EXPIRY_DAYS } from "@/lib/tokens/expiry";

const argsSchema = z.object({
  ref: z.string().regex(/^[A-Za-z0-9-]{3,40}$/, "booking reference expected, e.g. BK-2026-0002"),
  purpose: z.enum(tokenPurpose.enumValues).default("FULL_ACCESS"),
  days: z.coerce.number().int().min(1).max(MAX_EXPIRY_DAYS).optional(),
  label: z.string().max(120).optional(),
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    purpose: { type: "string" },
    "no-chat": { type: "boolean" },
    "no-orders": { type: "boolean" },
    days: { type: "string" },
    label: { type: "string" },
    json: { type: "boolean" },
    "app-url": { type: "string" },
  },
});
const parsed = argsSchema.safeParse({ ref: positionals[0], purpose: values.purpose?.toUpperCase(), days: values.days, label: values.label });
if (!parsed.success) {
  console.error("Usage: npm run guest-link -- <bookingRef> [--purpose STATUS|PRECHECKIN|ROOM_SERVICES|CHAT|FULL_ACCESS] [--no-chat] [--no-orders] [--days N] [--label TEXT] [--json]");
  for (const i of parsed.error.issues) console.error(`  ${i.path.join(".") || "args"}: ${i.message}`);
  process.exit(2);
}
const args = parsed.data;

await connectCli();
let exitCode = 0;
try {
  const [row] = await getDb()
    .select({ booking: bookings, hotel: hotels })
    .from(bookings)
    .innerJoin(hotels, eq(hotels.id, bookings.hotelId))
    .where(eq(bookings.reference, args.ref.toUpperCase()));
  if (!row) throw new Error(`No booking with reference ${args.ref}`);
  const { token, raw } = await issueToken({
    hotelId: row.hotel.id,
    bookingId: row.booking.id,
    purpose: args.purpose,
    canChat: !values["no-chat"],
    canOrderServices: !values["no-orders"],
    expiresDays: args.days,
    label: args.label ?? "Issued from the command line",
  });
  const appUrl = values["app-url"] ?? resolveAppUrl(env().DATA_DIR);
  const out = {
    booking: row.booking.reference,
    hotel_slug: row.hotel.slug,
    link_id: token.id,
    purpose: token.purpose,
    scopes: tokenScopes(token),
    can_chat: token.canChat,
    can_order_services: token.canOrderServices,
    expires_at: token.expiresAt.toISOString(),
    url: `${appUrl}/g/${raw}`,
    token: raw,
  };
  if (values.json) console.log(JSON.stringify(out, null, 2));
  else console.log(`Link for ${out.booking} (${out.hotel_slug}), ${out.purpose} [${out.scopes.join(", ")}], expires ${out.expires_at}\n${out.url}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);
