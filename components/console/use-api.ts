"use client";
import { useCallback, useRef, useState } from "react";
import { useSignInRedirect } from "./use-sign-in-redirect";

export type ApiError = { error: string; code: string; fields?: Record<string, string[]> };

/**
 * Sends JSON to a console route handler. While a request is in flight further calls are ignored,
 * so a double click sends one request; the server's idempotency check covers the rest.
 */
export function useApi<T = unknown>() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const inFlight = useRef(false);
  const toSignIn = useSignInRedirect();

  const call = useCallback(async (url: string, method: string, body?: unknown): Promise<T | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (res.status === 401) {
        toSignIn();
        return null;
      }
      const data = (await res.json().catch(() => null)) as (T & Partial<ApiError>) | null;
      if (!res.ok || !data) {
        setError({ error: data?.error ?? "Something went wrong", code: data?.code ?? "INTERNAL", fields: data?.fields });
        return null;
      }
      return data;
    } catch {
      setError({ error: "The network is unavailable. Check the connection and try again.", code: "NETWORK" });
      return null;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }, [toSignIn]);

  const fieldError = (name: string) => error?.fields?.[name]?.[0];
  return { call, pending, error, fieldError, clearError: () => setError(null) };
}

/** A form's values as a plain object; every checkbox is sent, as "on" or "false". */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
  for (const el of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')) {
    if (!el.checked) values[el.name] = "false";
  }
  return values;
}
