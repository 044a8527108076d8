"use client";

export type GuestApiResult<T> = { ok: true; data: T } | { ok: false; status: number; code: string; message: string; body: Record<string, unknown> | null };

/** Calls the guest API with the portal cookie; turns every failure into a message a guest can act on. */
export async function guestApi<T>(url: string, init: { method?: string; body?: unknown; idempotencyKey?: string } = {}): Promise<GuestApiResult<T>> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.idempotencyKey) headers["Idempotency-Key"] = init.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(url, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), cache: "no-store" });
  } catch {
    return { ok: false, status: 0, code: "NETWORK", message: "No connection. Check your network and try again — you will not be charged twice.", body: null };
  }
  const data = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (res.ok && data) return { ok: true, data: data as T };
  const code = typeof data?.code === "string" ? data.code : res.status === 401 || res.status === 403 ? "LINK_INVALID" : "ERROR";
  const message =
    typeof data?.error === "string" && data.error
      ? data.error
      : res.status >= 500
        ? "Something went wrong on our side. Please try again in a moment."
        : "The request could not be completed.";
  return { ok: false, status: res.status, code, message, body: data };
}
