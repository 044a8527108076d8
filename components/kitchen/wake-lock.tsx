"use client";

import { useEffect, useState } from "react";

type WakeLockState = "unsupported" | "held" | "released";

/** Asks the browser to keep the screen on while the page is visible; asks again when it comes back. */
export function useWakeLock(): WakeLockState {
  const [state, setState] = useState<WakeLockState>("released");
  useEffect(() => {
    if (!("wakeLock" in navigator)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState("unsupported");
      return;
    }
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (document.visibilityState !== "visible" || sentinel) return;
      try {
        sentinel = await navigator.wakeLock.request("screen");
        if (stopped) return void sentinel.release();
        setState("held");
        sentinel.addEventListener("release", () => {
          sentinel = null;
          setState("released");
        });
      } catch {
        setState("released"); // e.g. battery saver; the browser may allow it later
      }
    };
    void acquire();
    const onVisible = () => void acquire();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      document.removeEventListener("visibilitychange", onVisible);
      void sentinel?.release();
    };
  }, []);
  return state;
}
