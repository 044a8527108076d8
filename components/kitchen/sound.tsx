"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

// Browsers refuse sound until the page has been tapped once. The screen shows a banner until then,
// and keeps a mute switch (remembered on this device) for quiet hours.

/** `play` says whether the sound went out (false while locked or muted). */
type SoundValue = { enabled: boolean; muted: boolean; setMuted: (m: boolean) => void; play: () => boolean };
const SoundContext = createContext<SoundValue>({ enabled: false, muted: false, setMuted: () => {}, play: () => false });

const MUTE_KEY = "kitchen.muted";
export const ALERT_SOUND = "/kds/alert.wav";

export function SoundProvider({ children }: { children: React.ReactNode }) {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [muted, setMutedState] = useState(false);

  useEffect(() => {
    audio.current = new Audio(ALERT_SOUND);
    audio.current.preload = "auto";
    // Read after mount: localStorage does not exist during the server render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMutedState(localStorage.getItem(MUTE_KEY) === "1");
  }, []);

  useEffect(() => {
    if (enabled) return;
    // The first tap anywhere unlocks audio: play silently once inside the gesture.
    const unlock = () => {
      const a = audio.current;
      if (!a) return;
      a.muted = true;
      void a
        .play()
        .then(() => {
          a.pause();
          a.currentTime = 0;
          a.muted = false;
          setEnabled(true);
        })
        .catch(() => {
          a.muted = false;
        });
    };
    window.addEventListener("pointerdown", unlock);
    window.addEventListener("keydown", unlock);
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
    };
  }, [enabled]);

  const setMuted = useCallback((m: boolean) => {
    setMutedState(m);
    localStorage.setItem(MUTE_KEY, m ? "1" : "0");
  }, []);

  const play = useCallback(() => {
    const a = audio.current;
    if (!a || !enabled || muted) return false;
    a.currentTime = 0;
    void a.play().catch(() => {});
    return true;
  }, [enabled, muted]);

  const value = useMemo(() => ({ enabled, muted, setMuted, play }), [enabled, muted, setMuted, play]);
  return <SoundContext.Provider value={value}>{children}</SoundContext.Provider>;
}

export const useSound = () => useContext(SoundContext);

export function SoundBanner() {
  const { enabled } = useSound();
  if (enabled) return null;
  // Laid over the board's foot, out of the layout: it goes on the first pointerdown, and a banner in
  // the flow would move the whole screen up under that same tap (a bump landing on another ticket).
  return (
    <button type="button" data-testid="sound-banner" className="fixed inset-x-0 bottom-0 z-50 w-full bg-amber-400 px-4 py-3 text-center text-2xl font-bold text-stone-950 shadow-[0_-4px_12px_rgba(0,0,0,0.4)]">
      Tap anywhere to enable sound for new orders
    </button>
  );
}

export function MuteToggle() {
  const { muted, setMuted } = useSound();
  return (
    <button
      type="button"
      aria-pressed={muted}
      onClick={() => setMuted(!muted)}
      className={`rounded-lg px-4 py-2 text-lg font-semibold ring-2 ${muted ? "bg-stone-700 text-white ring-stone-400" : "bg-stone-900 text-white ring-stone-600"}`}
    >
      {muted ? "Sound off" : "Sound on"}
    </button>
  );
}

/**
 * Rings while any ticket in `alertingIds` (new, untouched) is on the board: at once for a ticket not
 * heard yet (also one that came in while sound was locked or muted, as soon as sound is back), then
 * about every `everyMs` until every one of them has been touched.
 */
export function useRepeatingAlert(alertingIds: readonly string[], everyMs = 20_000) {
  const { play } = useSound();
  const heard = useRef(new Set<string>());
  const key = [...alertingIds].sort().join(" ");
  const active = key !== "";

  useEffect(() => {
    const unheard = key ? key.split(" ").filter((id) => !heard.current.has(id)) : [];
    if (unheard.length > 0 && play()) for (const id of unheard) heard.current.add(id);
  }, [key, play]);

  useEffect(() => {
    if (!active) return;
    const t = setInterval(play, everyMs);
    return () => clearInterval(t);
  }, [active, everyMs, play]);
}
