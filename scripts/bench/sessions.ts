import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import fs from "node:fs";
import type { BenchApp } from "./app";

// The two signed-in visitors the page benchmarks (bench:weight, bench:lighthouse) measure as: the
// in-house guest through their magic link, and the kitchen's staff account through the login form.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const GUEST_PAGES = ["/stay", "/stay/room-service", "/stay/breakfast", "/stay/orders", "/stay/chat"] as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH });
}

/** A context holding the portal cookie of the seed's in-house guest with full access. */
export async function guestContext(browser: Browser, app: BenchApp): Promise<BrowserContext> {
  const guest = app.seed.links.find((l) => l.purpose === "FULL_ACCESS" && app.seed.bookings.some((b) => b.reference === l.booking && b.state === "in_house"));
  if (!guest) throw new Error("the seed has no in-house guest with a full-access link");
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(guest.url);
  await page.close();
  return ctx;
}

/** A context signed in as the seed's KITCHEN user (the login form, as a tablet would). */
export async function kitchenContext(browser: Browser, app: BenchApp): Promise<BrowserContext> {
  const kitchen = app.seed.staff.find((s) => s.role === "KITCHEN");
  if (!kitchen) throw new Error("the seed has no KITCHEN user");
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${app.url}/login?next=/kitchen`);
  await page.getByLabel("Email").fill(kitchen.email);
  await page.getByLabel("Password").fill(kitchen.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => u.pathname === "/kitchen");
  await page.close();
  return ctx;
}

/** The cookies the context sends to one page (the portal cookie is scoped to /stay), as a Cookie header. */
export async function cookieHeader(ctx: BrowserContext, pageUrl: string): Promise<string> {
  return (await ctx.cookies(pageUrl)).map((c) => `${c.name}=${c.value}`).join("; ");
}
