import { test as base, expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { SeedDocument } from "@/lib/demo/seed";
import { disconnectAppData, seedIsolated } from "./app-data";

export type { SeedDocument };
export { issueLink, revokeLink, seedIsolated } from "./app-data";

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.resolve(".data", `e2e-${port}`);

/** Issues a link with the real guest-link CLI, as a process (the one spec that drives the CLIs; others use issueLink). */
export function issueLinkCli(reference: string, args: string[] = []): { url: string; token: string; link_id: string } {
  const out = execFileSync("npx", ["tsx", "scripts/guest-link.ts", reference, "--json", ...args], {
    env: { ...process.env, DATA_DIR: dataDir, APP_URL: `http://localhost:${port}` },
    encoding: "utf8",
  });
  return JSON.parse(out) as { url: string; token: string; link_id: string };
}

/** Revokes a link with the real revoke-link CLI, as a process. */
export function revokeLinkCli(linkId: string): void {
  execFileSync("npx", ["tsx", "scripts/revoke-link.ts", linkId, "--reason", "e2e"], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
}

type WorkerFixtures = { seed: SeedDocument; appData: void };

export const test = base.extend<object, WorkerFixtures>({
  // Each worker gets its own hotels, bookings, links and staff, so tests never share state.
  seed: [
    async ({}, use, workerInfo) => {
      const prefix = `w${workerInfo.workerIndex}${randomBytes(3).toString("hex")}`;
      await use(await seedIsolated(prefix));
    },
    { scope: "worker" },
  ],
  // Closes the worker's database connection that seedIsolated / issueLink / revokeLink opened.
  appData: [
    async ({}, use) => {
      await use();
      await disconnectAppData();
    },
    { scope: "worker", auto: true },
  ],
});

export { expect };

export function bookingOf(seed: SeedDocument, state: SeedDocument["bookings"][number]["state"], hotelIndex = 0) {
  const hotel = seed.hotels[hotelIndex];
  const b = seed.bookings.find((x) => x.state === state && x.hotel_slug === hotel?.slug);
  if (!b || !hotel) throw new Error(`no ${state} booking in seed`);
  return { booking: b, hotel };
}

export function linkOf(seed: SeedDocument, reference: string, purpose: SeedDocument["links"][number]["purpose"] = "FULL_ACCESS") {
  const l = seed.links.find((x) => x.booking === reference && x.purpose === purpose);
  if (!l) throw new Error(`no ${purpose} link for ${reference}`);
  return l;
}

export function staffOf(seed: SeedDocument, role: SeedDocument["staff"][number]["role"], hotelIndex = 0) {
  const s = seed.staff.find((x) => x.role === role && x.hotel_slug === seed.hotels[hotelIndex]?.slug);
  if (!s) throw new Error(`no ${role} staff in seed`);
  return s;
}

/** For people to look at: taken only with SCREENSHOTS=1 (nothing compares them), into e2e/screenshots/. */
export async function screenshot(page: Page, name: string) {
  if (process.env.SCREENSHOTS !== "1") return;
  await page.screenshot({ path: path.join("e2e", "screenshots", `${name}.png`), fullPage: true });
}
