import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The one place specs run axe: the page in its current state has no violations (rule, help, where). */
export async function expectNoAxeViolations(page: Page) {
  // A dynamic page's <title> is streamed after its body (Next.js metadata streaming): scan the
  // page as a reader gets it once the response is complete, not mid-stream.
  await expect(page).toHaveTitle(/\S/);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
