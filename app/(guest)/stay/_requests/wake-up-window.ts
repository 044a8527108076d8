// The wake-up form's choices inside the server's window (options.earliest … options.latest, both
// YYYY-MM-DDTHH:MM hotel time): the days it spans, and on each day the earliest and latest time.

export type WakeUpDay = { date: string; min: string; max: string };

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function wakeUpDays(earliest: string | undefined, latest: string | undefined): WakeUpDay[] {
  if (!earliest || !latest || earliest > latest) return [];
  const [fromDate, fromTime] = earliest.split("T") as [string, string];
  const [toDate, toTime] = latest.split("T") as [string, string];
  const days: WakeUpDay[] = [];
  for (let d = fromDate; d <= toDate && days.length < 366; d = nextDay(d)) days.push({ date: d, min: d === fromDate ? fromTime : "00:00", max: d === toDate ? toTime : "23:59" });
  return days;
}

/** The time to offer first on a day: the usual 07:00 when it fits, else the nearest end. */
export function defaultWakeTime(day: WakeUpDay): string {
  const usual = "07:00";
  return usual < day.min ? day.min : usual > day.max ? day.max : usual;
}
