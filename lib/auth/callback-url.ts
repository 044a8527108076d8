// Auth.js refuses a callbackUrl (query parameter or `authjs.callback-url` cookie) that is not an
// http(s) URL with a Configuration error: a 500 on /api/auth/*, and `auth()` reading "no
// session" for a signed-in person. Odd values are dropped here before Auth.js sees them.

export const CALLBACK_URL_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** A same-origin path ("/console") or an absolute http(s) URL on `host`; anything else is unsafe. */
export function isSafeCallbackUrl(value: string, host: string | null): boolean {
  if (value.length > 2000) return false;
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\") && /^[\x21-\x7e]*$/.test(value);
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && host !== null && u.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

function cookieValue(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return "\u0000"; // a broken %-escape is as unsafe as any other odd value
  }
}

/** The Cookie header without unsafe callback-url cookies, or null when nothing had to go. */
export function cookieHeaderWithoutBadCallbackUrl(cookieHeader: string | null, host: string | null): string | null {
  if (!cookieHeader) return null;
  let dropped = false;
  const kept = cookieHeader.split(";").filter((part) => {
    const i = part.indexOf("=");
    const name = (i < 0 ? part : part.slice(0, i)).trim();
    if (!CALLBACK_URL_COOKIES.includes(name)) return true;
    const ok = isSafeCallbackUrl(cookieValue(part.slice(i + 1).trim()), host);
    if (!ok) dropped = true;
    return ok;
  });
  return dropped ? kept.join(";").trim() : null;
}

/**
 * The request Auth.js's handlers should see: without an unsafe `callbackUrl` query parameter or
 * callback-url cookie (Auth.js then falls back to the site's own URL).
 */
export function withSafeCallbackUrl(req: Request): Request {
  const url = new URL(req.url);
  const host = req.headers.get("host");
  const param = url.searchParams.get("callbackUrl");
  const badParam = param !== null && !isSafeCallbackUrl(param, host);
  const cookie = cookieHeaderWithoutBadCallbackUrl(req.headers.get("cookie"), host);
  if (!badParam && cookie === null) return req;
  if (badParam) url.searchParams.delete("callbackUrl");
  const headers = new Headers(req.headers);
  if (cookie !== null) headers.set("cookie", cookie);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url, { method: req.method, headers, body: hasBody ? req.body : undefined, ...(hasBody ? { duplex: "half" } : {}) } as RequestInit);
}
