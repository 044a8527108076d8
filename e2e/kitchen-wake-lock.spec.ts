import type { Browser, Page } from "@playwright/test";
import { expect, staffOf, test, type SeedDocument } from "./fixtures";
import { signInKitchen } from "./kitchen-helpers";

// The kitchen screen asks the browser to keep the display on (Screen Wake Lock) while it is open,
// and again each time it becomes visible (browsers drop the lock when a page is hidden). Headless
// Chromium may refuse the real API, so navigator.wakeLock and page visibility are replaced by a
// small browser double that records every request; the app itself is real.

type WakeDouble = { requests: string[]; releases: number };

async function kitchenWithWakeLock(browser: Browser, seed: SeedDocument, mode: "grant" | "refuse" | "absent") {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript((mode) => {
    const w = window as unknown as { wake: WakeDouble & { hidden: boolean }; setHidden: (h: boolean) => void };
    w.wake = { requests: [], releases: 0, hidden: false };
    let current: (EventTarget & { released: boolean; release: () => Promise<void> }) | null = null;
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (w.wake.hidden ? "hidden" : "visible") });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => w.wake.hidden });
    if (mode === "absent") {
      delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock;
    } else {
      const wakeLock = {
        request: async (type: string) => {
          w.wake.requests.push(type);
          if (mode === "refuse") throw new DOMException("Wake Lock permission request denied", "NotAllowedError");
          const s = Object.assign(new EventTarget(), {
            type,
            released: false,
            release: async () => {
              if (s.released) return;
              s.released = true;
              w.wake.releases++;
              s.dispatchEvent(new Event("release"));
            },
          });
          current = s;
          return s;
        },
      };
      Object.defineProperty(Navigator.prototype, "wakeLock", { configurable: true, get: () => wakeLock });
    }
    // As a browser does: hiding the page releases the lock, then visibility changes.
    w.setHidden = (hidden: boolean) => {
      w.wake.hidden = hidden;
      if (hidden) void current?.release();
      document.dispatchEvent(new Event("visibilitychange"));
    };
  }, mode);
  const page = await ctx.newPage();
  await signInKitchen(page, staffOf(seed, "KITCHEN"));
  return { ctx, page };
}

const wake = (page: Page) => page.evaluate(() => (window as unknown as { wake: WakeDouble }).wake);
const setHidden = (page: Page, hidden: boolean) => page.evaluate((h) => (window as unknown as { setHidden: (h: boolean) => void }).setHidden(h), hidden);
const frame = (page: Page) => page.locator("[data-wake-lock]");

test("the screen holds a screen wake lock while open and asks again when it becomes visible", async ({ browser, seed }) => {
  const { ctx, page } = await kitchenWithWakeLock(browser, seed, "grant");
  await expect(frame(page)).toHaveAttribute("data-wake-lock", "held");
  expect(await wake(page)).toEqual({ requests: ["screen"], releases: 0, hidden: false });
  await expect(page.getByTestId("wake-lock-note")).toHaveCount(0);

  // Hidden: the browser releases the lock; the screen does not ask while hidden.
  await setHidden(page, true);
  await expect(frame(page)).toHaveAttribute("data-wake-lock", "released");
  expect((await wake(page)).requests).toEqual(["screen"]);
  // Visible again: a new request, held again.
  await setHidden(page, false);
  await expect(frame(page)).toHaveAttribute("data-wake-lock", "held");
  expect(await wake(page)).toMatchObject({ requests: ["screen", "screen"], releases: 1 });
  // And again after a second hide/show (one request per return, not more).
  await setHidden(page, true);
  await setHidden(page, false);
  await expect.poll(async () => (await wake(page)).requests.length).toBe(3);
  await expect(frame(page)).toHaveAttribute("data-wake-lock", "held");
  await ctx.close();
});

test("a refused or missing wake lock leaves a working board with a small note, and is asked for again", async ({ browser, seed }) => {
  const refused = await kitchenWithWakeLock(browser, seed, "refuse");
  await expect(refused.page.getByTestId("wake-lock-note")).toHaveText("Screen may sleep");
  await expect(frame(refused.page)).toHaveAttribute("data-wake-lock", "released");
  await expect(refused.page.getByRole("heading", { name: /^New/ })).toBeVisible();
  await expect(refused.page.getByTestId("live-indicator")).toHaveAttribute("data-state", "live");
  expect((await wake(refused.page)).requests).toEqual(["screen"]);
  // The browser may allow it later (battery saver off): the next return to the screen tries again.
  await setHidden(refused.page, true);
  await setHidden(refused.page, false);
  await expect.poll(async () => (await wake(refused.page)).requests).toEqual(["screen", "screen"]);
  await expect(refused.page.getByText("Could not load orders")).toHaveCount(0);
  await refused.ctx.close();

  const absent = await kitchenWithWakeLock(browser, seed, "absent");
  await expect(frame(absent.page)).toHaveAttribute("data-wake-lock", "unsupported");
  await expect(absent.page.getByTestId("wake-lock-note")).toHaveText("Screen may sleep");
  await expect(absent.page.getByRole("heading", { name: /^Ready/ })).toBeVisible();
  await absent.ctx.close();
});
