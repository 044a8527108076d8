// bench:weight — first-load JavaScript (gzip) of the live pages, beside the app's not-found page
// (the floor every page pays: React, Next.js, the layout). Prints figures, asserts nothing.
//   npm run build && npm run bench:weight       (WEIGHT_DETAIL=1: each page's scripts the floor does not load)
import type { BrowserContext } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { startApp } from "./app";
import { GUEST_PAGES, guestContext, kitchenContext, launchChromium } from "./sessions";
import { load } from "./stats";

const app = await startApp();
const browser = await launchChromium();

const detail = process.env.WEIGHT_DETAIL === "1";
const floorScripts = new Set<string>();
const chunkName = (url: string) => new URL(url).pathname.replace(/^\/_next\/static\/chunks\//, "");

/** The JavaScript a first visit loads (all scripts until the network is idle), gzip-compressed as served. */
async function firstLoadJs(ctx: BrowserContext, path: string, isFloor = false): Promise<number> {
  const page = await ctx.newPage();
  // No cache: every script of the page counts, as on a guest's first visit.
  await (await ctx.newCDPSession(page)).send("Network.setCacheDisabled", { cacheDisabled: true });
  const bodies = new Map<string, Promise<Buffer>>();
  const onResponse = (r: import("@playwright/test").Response) => {
    if (r.request().resourceType() === "script" && r.ok()) bodies.set(r.url(), r.body());
  };
  page.on("response", onResponse);
  await page.goto(`${app.url}${path}`, { waitUntil: "load" });
  await page.waitForTimeout(1500); // chunks loaded after hydration count too
  page.off("response", onResponse);
  let total = 0;
  for (const [url, body] of bodies) {
    const size = gzipSync(await body.catch(() => Buffer.alloc(0))).length;
    total += size;
    if (isFloor) floorScripts.add(chunkName(url));
    else if (detail && !floorScripts.has(chunkName(url))) console.log(`    ${chunkName(url).padEnd(40)} ${(size / 1024).toFixed(1).padStart(6)} KiB`);
  }
  if (new URL(page.url()).pathname !== path) throw new Error(`${path} went to ${page.url()}`);
  await page.close();
  return total;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
try {
  const floor = await firstLoadJs(await browser.newContext(), "/no-such-page", true);
  console.log(`bench:weight · floor (not-found page) ${kib(floor)} · ${load()}`);
  const row = (path: string, bytes: number) => console.log(`${path.padEnd(22)} ${kib(bytes).padStart(10)} · floor + ${kib(bytes - floor)}`);
  // The in-house guest's magic link sets the portal cookie, then the guest pages.
  const guestCtx = await guestContext(browser, app);
  for (const path of GUEST_PAGES) row(path, await firstLoadJs(guestCtx, path));
  row("/kitchen", await firstLoadJs(await kitchenContext(browser, app), "/kitchen"));
} finally {
  await browser.close();
  await app.stop();
}
process.exit(0);
