import type { LoadResult } from "@/components/realtime/live-list";

/**
 * fetch for the staff screens' own API: never throws, never caches, and turns every failure into
 * the server's `error` text (or a plain one), with the status so 401/403 can end the session.
 */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<LoadResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, { cache: "no-store", ...init, headers: { "content-type": "application/json", ...init?.headers } });
  } catch {
    return { ok: false, status: 0, message: "The network is unavailable. The list will refresh when it is back." };
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: unknown }) | null;
  if (res.ok && body !== null) return { ok: true, data: body };
  const message = typeof body?.error === "string" && body.error ? body.error : res.ok ? "The server's answer could not be read." : `Request failed (${res.status}).`;
  return { ok: false, status: res.status, message };
}
