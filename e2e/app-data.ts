import { tsImport } from "tsx/esm/api";
import path from "node:path";
import type { SeedDocument } from "@/lib/demo/seed";
import type * as Impl from "./app-data-impl";

// Test data written in this worker's process through the same use cases the CLIs call (seed,
// issue and revoke a link), against the running app's database: its embedded socket, or
// DATABASE_URL. A CLI process costs seconds to start; e2e/guest-portal.spec.ts still drives the
// real CLIs once. Events recorded here go out through the app's outbox sweep, as a CLI's do. The
// app's modules are loaded through tsx (as the CLIs run), whose resolution they are written for.

const port = Number(process.env.E2E_PORT ?? 3100);
const appUrl = `http://localhost:${port}`;
let loaded: Promise<typeof Impl> | undefined;

function app(): Promise<typeof Impl> {
  loaded ??= (async () => {
    const impl = (await tsImport("./app-data-impl.ts", import.meta.url)) as typeof Impl;
    await impl.connect(path.resolve(".data", `e2e-${port}`), appUrl);
    return impl;
  })();
  return loaded;
}

/** Closes this worker's connection (worker teardown). */
export async function disconnectAppData(): Promise<void> {
  if (!loaded) return;
  const impl = await loaded;
  loaded = undefined;
  await impl.disconnect();
}

/** An isolated copy of the demo hotels (what `npm run seed -- --json --prefix X` prints). */
export async function seedIsolated(prefix: string): Promise<SeedDocument> {
  return (await app()).seed(appUrl, prefix);
}

export type LinkOptions = { purpose?: "STATUS" | "PRECHECKIN" | "ROOM_SERVICES" | "CHAT" | "FULL_ACCESS"; canChat?: boolean; canOrderServices?: boolean; label?: string; expiresDays?: number };
export type IssuedLink = { url: string; token: string; link_id: string };

/** A new link for a booking, as the guest-link CLI and the console issue it. */
export async function issueLink(reference: string, opts: LinkOptions = {}): Promise<IssuedLink> {
  return (await app()).issueLink(appUrl, reference, opts);
}

/** Revokes one link, as the revoke-link CLI does. */
export async function revokeLink(linkId: string): Promise<void> {
  await (await app()).revokeLink(linkId);
}
