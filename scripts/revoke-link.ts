// Revokes guest links from the shell: one link by id, or every active link of a booking.
// npm run revoke-link -- <linkId> [--reason TEXT]     npm run revoke-link -- --booking <ref> [--reason TEXT]
import { parseArgs } from "node:util";
import { z } from "zod";
import { commandLineActorForBooking, commandLineActorForLink } from "@/lib/bookings/command-line-actor";
import { revokeAllGuestLinks, revokeGuestLink } from "@/lib/bookings/guest-links";
import { revokeLinkSchema } from "@/lib/bookings/link-schemas";
import { bookingRefSchema } from "@/lib/bookings/reference";
import { closeDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { booking: { type: "string" }, reason: { type: "string" } } });
const args = z
  .object({ linkId: z.string().uuid().optional(), booking: bookingRefSchema.optional(), revoke: revokeLinkSchema })
  .refine((a) => Boolean(a.linkId) !== Boolean(a.booking), "give a link id or --booking, not both")
  .safeParse({ linkId: positionals[0], booking: values.booking?.toUpperCase(), revoke: { reason: values.reason ?? "Revoked from the command line" } });
if (!args.success) {
  console.error("Usage: npm run revoke-link -- <linkId> | --booking <ref>  [--reason TEXT]");
  process.exit(2);
}
const { linkId, booking, revoke } = args.data;

await connectCli();
let code = 0;
try {
  if (linkId) {
    await revokeGuestLink(await commandLineActorForLink(linkId), linkId, revoke);
    console.log(`Revoked link ${linkId}`);
  } else if (booking) {
    const n = await revokeAllGuestLinks(await commandLineActorForBooking(booking), booking, revoke);
    console.log(`Revoked ${n} link(s) of ${booking}`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await closeDb();
}
process.exit(code);
