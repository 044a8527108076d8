// Availability windows are local wall-clock "HH:MM" in the hotel's time zone; a window whose end
// is before its start crosses midnight (18:00–02:00 is open at 23:00 and at 01:30).

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const fromMinutes = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export type Window = { from: string; until: string };

/** Equal opening and closing times: room service runs round the clock (the settings' "Open 24 hours"). */
export const roomServiceAllDay = (h: { roomServiceOpens: string; roomServiceCloses: string }) => h.roomServiceOpens === h.roomServiceCloses;

/** Open at `from`, closed at `until`; equal ends mean open all day. */
export function inWindow(minute: number, w: Window): boolean {
  const a = toMinutes(w.from);
  const b = toMinutes(w.until);
  if (a === b) return true;
  return a < b ? minute >= a && minute < b : minute >= a || minute < b;
}

/**
 * The next local time (after `minute`, within a day) at which every window is open, or null if
 * they never overlap. Minute steps over one day: 1440 cheap checks, and no interval arithmetic to get wrong.
 */
export function nextOpening(minute: number, windows: Window[]): string | null {
  for (let step = 1; step <= 1440; step++) {
    const m = (minute + step) % 1440;
    if (windows.every((w) => inWindow(m, w))) return fromMinutes(m);
  }
  return null;
}
