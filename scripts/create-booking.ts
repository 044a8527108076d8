// Creates a booking from the shell (front-desk scripting, imports, support), as the console's form does.
// npm run create-booking -- --hotel <slug> --name <guest> --check-out YYYY-MM-DD [--check-in YYYY-MM-DD]
//   [--email E] [--phone P] [--adults N] [--children N] [--notes T] [--language en|pt|de|fr|es|ar] [--key K] [--json]
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { commandLineActorForHotel } from "@/lib/bookings/command-line-actor";
import { createBooking } from "@/lib/bookings/create-booking";
import { createBookingSchema } from "@/lib/bookings/schemas";
import { closeDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";
import { isAppError } from "@/lib/errors";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { localDate } from "@/lib/time/zoned";

const USAGE =
  "Usage: npm run create-booking -- --hotel <slug> --name <guest name> --check-out YYYY-MM-DD [--check-in YYYY-MM-DD (default: today, hotel time)] [--email E] [--phone P] [--adults N] [--children N] [--notes TEXT] [--language en|pt|de|fr|es|ar] [--key IDEMPOTENCY_KEY] [--json]";

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      hotel: { type: "string" },
      name: { type: "string" },
      email: { type: "string" },
      phone: { type: "string" },
      adults: { type: "string" },
      children: { type: "string" },
      "check-in": { type: "string" },
      "check-out": { type: "string" },
      notes: { type: "string" },
      language: { type: "string" },
      key: { type: "string" },
      json: { type: "boolean" },
    },
  });
}
try {
  args = parse();
} catch (e) {
  console.error(USAGE);
  console.error(`  ${e instanceof Error ? e.message : e}`);
  process.exit(2);
}
const { values } = args;
if (!values.hotel) {
  console.error(USAGE);
  console.error("  hotel: Required");
  process.exit(2);
}

await connectCli();
let exitCode = 0;
try {
  const actor = await commandLineActorForHotel(values.hotel);
  // The console's schema, so the CLI accepts exactly what the console does. A retry with the same
  // --key returns the first booking instead of creating a second one.
  const parsed = createBookingSchema.safeParse({
    guestName: values.name ?? "",
    email: values.email,
    phone: values.phone,
    adults: values.adults ?? "2",
    children: values.children ?? "0",
    checkInDate: values["check-in"] ?? localDate(new Date(), actor.hotel.timezone),
    checkOutDate: values["check-out"] ?? "",
    notes: values.notes,
    language: values.language?.toLowerCase(),
    idempotencyKey: values.key ?? randomUUID(),
  });
  if (!parsed.success) {
    console.error(USAGE);
    for (const i of parsed.error.issues) console.error(`  ${i.path.join(".") || "args"}: ${i.message}`);
    exitCode = 2;
  } else {
    const { booking, created } = await createBooking(actor, parsed.data);
    const out = {
      booking: booking.reference,
      hotel_slug: actor.hotel.slug,
      guest_name: booking.primaryGuestName,
      check_in: booking.checkInDate,
      check_out: booking.checkOutDate,
      language: booking.language,
      created,
    };
    if (values.json) console.log(JSON.stringify(out, null, 2));
    else {
      const language = isLocale(out.language) ? LOCALE_NAMES[out.language] : "not known";
      console.log(`${created ? "Created" : "Already created"} ${out.booking} for ${out.guest_name} (${out.hotel_slug}), ${out.check_in} → ${out.check_out}, language ${language}`);
    }
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  if (isAppError(e) && e.fields) for (const [field, messages] of Object.entries(e.fields)) console.error(`  ${field}: ${messages.join("; ")}`);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);
