import { expect, request as pwRequest, type APIRequestContext, type Page } from "@playwright/test";

/** Signs in through the login page, as a person would. */
export async function signInUi(page: Page, email: string, password: string, lands: RegExp = /\/console$/) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(lands);
}

/** An API client signed in over Auth.js's own HTTP endpoints (CSRF token, then the credentials callback). */
export async function signedInApi(baseURL: string, creds?: { email: string; password: string }): Promise<APIRequestContext> {
  const ctx = await pwRequest.newContext({ baseURL });
  if (!creds) return ctx;
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", { form: { ...creds, csrfToken, callbackUrl: `${baseURL}/console` }, maxRedirects: 0 });
  expect(res.status(), `sign-in of ${creds.email}`).toBe(302);
  expect(res.headers()["location"]).not.toContain("error");
  return ctx;
}
