// Issues a new guest link for a booking from the shell (front-desk scripting, support).
// npm run guest-link -- <bookingRef> [--purpose P] [--no-chat] [--no-orders] [--days N] [--label T] [--json]
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { commandLineActorForBooking } from "@/lib/bookings/command-line-actor";
import { issueGuestLink } from "@/lib/bookings/guest-links";
import { issueLinkSchema } from "@/lib/bookings/link-schemas";
import { bookingRefSchema } from "@/lib/bookings/reference";
import { closeDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";
import { resolveAppUrl } from "@/lib/dev/app-url";
import { env } from "@/lib/env";
import { tokenScopes } from "@/lib/tokens/scopes";

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
// The console's schema, so the CLI accepts exactly what the console does.
const parsed = z
  .object({ ref: bookingRefSchema, link: issueLinkSchema })
  .safeParse({
    ref: positionals[0]?.toUpperCase(),
    link: {
      purpose: values.purpose?.toUpperCase() ?? "FULL_ACCESS",
      canChat: !values["no-chat"],
      canOrderServices: !values["no-orders"],
      expiresDays: values.days,
      label: values.label ?? "Issued from the command line",
      idempotencyKey: randomUUID(),
    },
  });
if (!parsed.success) {
  console.error("Usage: npm run guest-link -- <bookingRef> [--purpose STATUS|PRECHECKIN|ROOM_SERVICES|CHAT|FULL_ACCESS] [--no-chat] [--no-orders] [--days N] [--label TEXT] [--json]");
  for (const i of parsed.error.issues) console.error(`  ${i.path.join(".") || "args"}: ${i.message}`);
  process.exit(2);
}
const { ref, link } = parsed.data;

await connectCli();
let exitCode = 0;
try {
  const actor = await commandLineActorForBooking(ref);
  const { token, raw } = await issueGuestLink(actor, ref, link);
  const appUrl = values["app-url"] ?? resolveAppUrl(env().DATA_DIR);
  const out = {
    booking: ref,
    hotel_slug: actor.hotel.slug,
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
