import http from "node:http";
import { randomInt } from "node:crypto";

// Plain HTTP from a chosen loopback address (any 127.x.y.z is this machine on Linux), so a
// spec can be "another client" with a real socket address of its own; Playwright's request
// API always connects from 127.0.0.1.

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function randomLoopback(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export function rawRequest(
  baseURL: string,
  opts: { from: string; method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const url = new URL(opts.path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: url.port, path: url.pathname + url.search, method: opts.method ?? "GET", localAddress: opts.from, headers: { host: url.host, ...opts.headers }, agent: false },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const cookiePairs = (h: http.IncomingHttpHeaders) => (h["set-cookie"] ?? []).map((c) => c.split(";")[0]!);

/** Auth.js's CSRF token and cookie, fetched from the given address. */
export async function authCsrf(baseURL: string, from: string): Promise<{ token: string; cookie: string }> {
  const res = await rawRequest(baseURL, { from, path: "/api/auth/csrf" });
  return { token: (JSON.parse(res.body) as { csrfToken: string }).csrfToken, cookie: cookiePairs(res.headers).join("; ") };
}

export type SignInOutcome = "signed-in" | "invalid" | "rate-limited";

/** One credentials sign-in over Auth.js's HTTP endpoint, as a browser form would post it. */
export async function signInRaw(
  baseURL: string,
  opts: { from: string; email: string; password: string; csrf?: { token: string; cookie: string }; headers?: Record<string, string> },
): Promise<SignInOutcome> {
  const csrf = opts.csrf ?? (await authCsrf(baseURL, opts.from));
  const body = new URLSearchParams({ email: opts.email, password: opts.password, csrfToken: csrf.token, callbackUrl: `${baseURL}/console` }).toString();
  const res = await rawRequest(baseURL, {
    from: opts.from,
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, ...opts.headers },
    body,
  });
  const location = String(res.headers.location ?? "");
  if (res.status !== 302) throw new Error(`sign-in answered ${res.status}`);
  const params = new URL(location, baseURL).searchParams;
  if (!params.has("error")) return "signed-in";
  // Anything but a refused credential (e.g. error=Configuration after a server fault) fails the spec.
  if (params.get("error") !== "CredentialsSignin") throw new Error(`sign-in failed: ${location}`);
  return params.get("code") === "rate_limited" ? "rate-limited" : "invalid";
}
