import { randomUUID } from "node:crypto";
import { commandLineActorForBooking, commandLineActorForLink } from "@/lib/bookings/command-line-actor";
import { issueGuestLink, revokeGuestLink } from "@/lib/bookings/guest-links";
import { issueLinkSchema, revokeLinkSchema } from "@/lib/bookings/link-schemas";
import { closeDb } from "@/lib/db/client";
import { connectCli } from "@/lib/db/embedded-owner";
import { seedDemo } from "@/lib/demo/seed";
import { resetEnvCache } from "@/lib/env";
import { flushTokenAudit } from "@/lib/tokens/validate";
import type { IssuedLink, LinkOptions } from "./app-data";

// Loaded by e2e/app-data.ts through tsx, so the app's modules resolve as they do for the CLIs.

export async function connect(dataDir: string, appUrl: string) {
  process.env.DATA_DIR = dataDir;
  process.env.APP_URL = appUrl;
  resetEnvCache();
  await connectCli();
}

export async function disconnect() {
  await flushTokenAudit();
  await closeDb();
}

export const seed = (appUrl: string, prefix: string) => seedDemo({ appUrl, prefix });

export async function issueLink(appUrl: string, reference: string, opts: LinkOptions): Promise<IssuedLink> {
  const input = issueLinkSchema.parse({ purpose: "FULL_ACCESS", canChat: true, canOrderServices: true, label: "Issued by a test", idempotencyKey: randomUUID(), ...opts });
  const { token, raw } = await issueGuestLink(await commandLineActorForBooking(reference), reference, input);
  return { url: `${appUrl}/g/${raw}`, token: raw, link_id: token.id };
}

export async function revokeLink(linkId: string) {
  await revokeGuestLink(await commandLineActorForLink(linkId), linkId, revokeLinkSchema.parse({ reason: "e2e" }));
}
