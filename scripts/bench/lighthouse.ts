// bench:lighthouse — Lighthouse's performance category on the guest pages (mobile preset) and the
// kitchen screen (desktop preset: a wall screen or tablet in landscape), against the built app.
// Prints per page the score, LCP, CLS and TBT with the load average; asserts nothing (it exits 1
// only when a page could not be measured). Lighthouse's mobile figures are simulated from the
// observed trace, so a busy machine inflates LCP and TBT: read them beside the load average.
//   npm run build && npm run bench:lighthouse         (every page, 3 runs each, the median printed)
//   BENCH_SHORT=1 npm run bench:lighthouse            (/stay once)
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import { startApp } from "./app";
import { CHROMIUM_PATH, cookieHeader, GUEST_PAGES, guestContext, kitchenContext, launchChromium } from "./sessions";
import { load, median, short } from "./stats";

const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? (short ? 1 : 3));

type Page = { path: string; preset: "mobile" | "desktop"; cookie: string };
type Figures = { score: number; lcp: number; cls: number; tbt: number; fcp: number; notes: string[] };

const started = performance.now();
const app = await startApp();
const appUp = performance.now();
let unmeasured = 0;
try {
  // The cookies come from a real sign-in (magic link, login form); Lighthouse sends them as a header.
  const browser = await launchChromium();
  const guest = await cookieHeader(await guestContext(browser, app), `${app.url}/stay`);
  const kitchen = short ? "" : await cookieHeader(await kitchenContext(browser, app), `${app.url}/kitchen`);
  await browser.close();
  const pages: Page[] = short
    ? [{ path: "/stay", preset: "mobile", cookie: guest }]
    : [...GUEST_PAGES.map((path): Page => ({ path, preset: "mobile", cookie: guest })), { path: "/kitchen", preset: "desktop", cookie: kitchen }];

  // One request per page first: the server's first render of a route loads its code, which is
  // not what a guest meets on a running hotel.
  for (const p of pages) await fetch(`${app.url}${p.path}`, { headers: { cookie: p.cookie }, redirect: "manual" }).then((r) => r.arrayBuffer());

  const chrome = await launch({ chromePath: CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    console.log(`bench:lighthouse · ${runs} run(s) per page · mobile preset for guest pages, desktop for /kitchen · ${load()}`);
    for (const p of pages) {
      const got: Figures[] = [];
      for (let i = 1; i <= runs; i++) {
        const f = await measure(chrome.port, p);
        if (!f) {
          unmeasured++;
          continue;
        }
        got.push(f);
        console.log(`${p.path.padEnd(20)} run ${i}: ${row(f)} · ${load()}`);
        for (const n of f.notes) console.log(`${" ".repeat(28)}${n}`);
      }
      if (got.length > 1) {
        const m = (k: "score" | "lcp" | "cls" | "tbt" | "fcp") => median(got.map((g) => g[k]));
        console.log(`${p.path.padEnd(20)} median (${p.preset}): ${row({ score: m("score"), lcp: m("lcp"), cls: m("cls"), tbt: m("tbt"), fcp: m("fcp"), notes: [] })}`);
      }
    }
  } finally {
    chrome.kill();
  }
} finally {
  await app.stop();
}
console.log(`bench:lighthouse took ${((performance.now() - started) / 1000).toFixed(0)} s (the app's start ${((appUp - started) / 1000).toFixed(0)} s) · ${load()}`);
process.exit(unmeasured > 0 ? 1 : 0);

function row(f: Figures) {
  return `performance ${Math.round(f.score * 100)} · LCP ${(f.lcp / 1000).toFixed(2)} s · CLS ${f.cls.toFixed(3)} · TBT ${Math.round(f.tbt)} ms · FCP ${(f.fcp / 1000).toFixed(2)} s`;
}

/** One Lighthouse run; null (with the reason printed) when it could not measure. */
async function measure(port: number, p: Page): Promise<Figures | null> {
  const flags: Flags = { port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: { Cookie: p.cookie } };
  let lhr: Result | undefined;
  try {
    lhr = (await lighthouse(`${app.url}${p.path}`, flags, p.preset === "desktop" ? desktopConfig : undefined))?.lhr;
  } catch (e) {
    console.log(`${p.path}: Lighthouse failed: ${(e as Error).message}`);
    return null;
  }
  const score = lhr?.categories.performance?.score;
  if (!lhr || lhr.runtimeError || score == null) {
    console.log(`${p.path}: not measured: ${lhr?.runtimeError?.message ?? "no performance score"}`);
    return null;
  }
  // A redirect (an expired cookie, the sign-in page) would measure some other page.
  if (new URL(lhr.finalDisplayedUrl).pathname !== p.path) {
    console.log(`${p.path}: not measured: the page went to ${lhr.finalDisplayedUrl}`);
    return null;
  }
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return { score, lcp: num("largest-contentful-paint"), cls: num("cumulative-layout-shift"), tbt: num("total-blocking-time"), fcp: num("first-contentful-paint"), notes: notes(lhr) };
}

type Item = { node?: { snippet?: string; selector?: string }; score?: number; url?: string; wastedMs?: number; phase?: string; timing?: number; items?: Item[] };

/** What to look at when a figure is off: the LCP element, what shifted, what blocked rendering. */
function notes(lhr: Result): string[] {
  const items = (id: string) => ((lhr.audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
  const out: string[] = [];
  // Lighthouse 12 gives the element and the LCP's phases (TTFB, load delay, load time, render delay) as two tables.
  const lcp = items("largest-contentful-paint-element").flatMap((i) => i.items ?? [i]);
  const el = lcp.find((x) => x.node)?.node;
  const phases = lcp.filter((x) => x.phase && x.timing != null).map((x) => `${x.phase} ${Math.round(x.timing!)} ms`);
  if (el) out.push(`LCP element: ${el.snippet?.slice(0, 100)} (${el.selector ?? ""})${phases.length ? ` · ${phases.join(", ")}` : ""}`);
  for (const s of items("layout-shifts").slice(0, 3)) out.push(`shift ${(s.score ?? 0).toFixed(3)}: ${s.node?.snippet?.slice(0, 120) ?? "(no node)"}`);
  for (const r of items("render-blocking-resources")) out.push(`render-blocking ${Math.round(r.wastedMs ?? 0)} ms: ${r.url}`);
  return out;
}
