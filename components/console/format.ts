// Instants in the console are shown in the hotel's zone; calendar dates use components/ui/format.

export function formatInstant(d: Date | string | null, timeZone: string): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(d));
}
