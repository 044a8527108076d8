"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { fetchJson } from "@/components/http/fetch-json";
import type { LoadResult } from "@/components/realtime/live-list";
import { useRealtime } from "@/components/realtime/realtime-provider";

// A kitchen screen stays open for a whole shift. It keeps the session rolling (Auth.js re-issues the
// session cookie on each session read) and, if the session ends anyway, says so on screen instead
// of showing a board that silently stopped updating.

type Ended = null | "signed-out" | "no-access";
type SessionGuardValue = { ended: Ended; report: (status: number) => void; check: () => Promise<void> };

const SessionGuardContext = createContext<SessionGuardValue>({ ended: null, report: () => {}, check: async () => {} });

const KEEP_ALIVE_MS = 5 * 60_000;

export function SessionGuard({ children }: { children: React.ReactNode }) {
  const [ended, setEnded] = useState<Ended>(null);
  const { pusher } = useRealtime();

  const report = useCallback((status: number) => {
    if (status === 401) setEnded("signed-out");
    else if (status === 403) setEnded((e) => e ?? "no-access");
  }, []);

  const check = useCallback(async () => {
    try {
      const res = await fetch("/api/auth/session", { cache: "no-store" });
      if (!res.ok) return; // a server hiccup is not a sign-out; the next check decides
      const body = (await res.json().catch(() => null)) as { user?: { id?: string } } | null;
      if (!body?.user?.id) setEnded("signed-out");
    } catch {
      // offline: the connection indicator says so
    }
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void check(), KEEP_ALIVE_MS);
    const onVisible = () => document.visibilityState === "visible" && void check();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [check]);

  // The realtime server refuses a socket whose sign-in failed (close 4009) and our user-auth
  // endpoint answers 401 once the session is gone: both mean "look at the session now".
  useEffect(() => {
    if (!pusher) return;
    const onSigninError = (e: { status?: number }) => (e.status === 401 || e.status === 403 ? report(e.status) : void check());
    const onError = (e: { data?: { code?: number } }) => {
      if (e?.data?.code === 4009) void check();
    };
    pusher.user.bind("pusher:signin_error", onSigninError);
    pusher.connection.bind("error", onError);
    return () => {
      pusher.user.unbind("pusher:signin_error", onSigninError);
      pusher.connection.unbind("error", onError);
    };
  }, [pusher, report, check]);

  const value = useMemo(() => ({ ended, report, check }), [ended, report, check]);
  return (
    <SessionGuardContext.Provider value={value}>
      {children}
      {ended && <SignedOutOverlay reason={ended} />}
    </SessionGuardContext.Provider>
  );
}

export const useSessionGuard = () => useContext(SessionGuardContext);

function SignedOutOverlay({ reason }: { reason: Exclude<Ended, null> }) {
  return (
    <div role="alertdialog" aria-modal="true" aria-labelledby="signed-out-title" aria-describedby="signed-out-text" data-testid="signed-out" className="fixed inset-0 z-50 flex items-center justify-center bg-black/90 p-6">
      <div className="max-w-xl rounded-2xl border-4 border-red-500 bg-stone-900 p-10 text-center">
        <h2 id="signed-out-title" className="text-4xl font-bold text-white">
          {reason === "signed-out" ? "Signed out — sign in again" : "This account no longer has kitchen access"}
        </h2>
        <p id="signed-out-text" className="mt-4 text-2xl text-stone-200">
          The board has stopped updating. Orders are safe; sign in to see them again.
        </p>
        <a href="/login?next=/kitchen" className="mt-8 inline-block rounded-xl bg-white px-8 py-4 text-2xl font-bold text-stone-950 focus:outline-none focus:ring-4 focus:ring-amber-400">
          Sign in again
        </a>
      </div>
    </div>
  );
}

/** fetch for the kitchen's API calls: a 401/403 ends the screen's session visibly. */
export function useKitchenFetch() {
  const { report } = useSessionGuard();
  return useCallback(
    async <T = unknown,>(url: string, init?: RequestInit): Promise<LoadResult<T>> => {
      const res = await fetchJson<T>(url, init);
      if (!res.ok && (res.status === 401 || res.status === 403)) report(res.status);
      return res;
    },
    [report],
  );
}
