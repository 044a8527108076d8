// Revokes guest links from the shell: one link by id, or every active link of a booking.
// npm run revoke-link -- <linkId> [--reason TEXT]     npm run revoke-link -- --booking <ref> [--reason TEXT]
import { eq } from "drizzle-orm";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, getDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";
import { bookings, guestBookingTokens } from "@/lib/db/schema";
import { revokeAllTokens, revokeToken } from "@/lib/tokens/revoke";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { booking: { type: "string" }, reason: { type: "string" } } });
const args = z
  .object({ linkId: z.string().uuid().optional(), booking: z.string().regex(/^[A-Za-z0-9-]{3,40}$/).optional(), reason: z.string().max(200).default("Revoked from the command line") })
  .refine((a) => Boolean(a.linkId) !== Boolean(a.booking), "give a link id or --booking, not both")
  .safeParse({ linkId: positionals[0], booking: values.booking, reason: values.reason });
if (!args.success) {
  console.error("Usage: npm run revoke-link -- <linkId> | --booking <ref>  [--reason TEXT]");
  process.exit(2);
}

await connectCli();
let code = 0;
try {
  if (args.data.linkId) {
    const [t] = await getDb().select().from(guestBookingTokens).where(eq(guestBookingTokens.id, args.data.linkId));
    if (!t) throw new Error("No such link");
    await revokeToken({ hotelId: t.hotelId, tokenId: t.id, reason: args.data.reason });
    console.log(`Revoked link ${t.id}`);
  } else {
    const [b] = await getDb().select().from(bookings).where(eq(bookings.reference, args.data.booking!.toUpperCase()));
    if (!b) throw new Error("No such booking");
    const n = await revokeAllTokens({ hotelId: b.hotelId, bookingId: b.id, reason: args.data.reason });
    console.log(`Revoked ${n} link(s) of ${b.reference}`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await closeDb();
}
process.exit(code);
