"use client";

// The new-order sound, made here with the Web Audio API (two short sine notes): no audio file
// to ship or download. Browsers start audio only after a user gesture; until then the chime is
// skipped silently and the badge still shows.

const SOUND_KEY = "console:order-sound";
let ctx: AudioContext | null = null;

export function soundEnabled(): boolean {
  try {
    return window.localStorage.getItem(SOUND_KEY) !== "off";
  } catch {
    return true;
  }
}

export function setSoundEnabled(on: boolean) {
  try {
    window.localStorage.setItem(SOUND_KEY, on ? "on" : "off");
  } catch {
    // blocked storage: the choice lasts for this page view only
  }
  if (on) unlockChime();
}

/** Creates or resumes the audio context; call from a click so later chimes may play. */
export function unlockChime() {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === "suspended") void ctx.resume();
  } catch {
    ctx = null; // no Web Audio in this browser
  }
}

/** Plays the chime if sound is on; returns whether it was attempted. */
export function playChime(): boolean {
  if (!soundEnabled()) return false;
  unlockChime();
  if (!ctx) return false;
  const start = ctx.currentTime;
  for (const [i, freq] of [880, 1320].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "sine";
    osc.frequency.value = freq;
    const t = start + i * 0.18;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.3, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.3);
  }
  return true;
}
