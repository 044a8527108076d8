import { REPORT_PRESETS, type ReportPreset } from "@/lib/reports/range";

// A plain GET form: the range lives in the URL (shareable, works without JavaScript), and the
// server parses it with the same schema as the API.

const LABELS: Record<ReportPreset, string> = { today: "Today", "7d": "Last 7 days", "30d": "Last 30 days", custom: "Custom dates" };

export function RangePicker({ preset, from, to, errors }: { preset: string; from: string; to: string; errors: Record<string, string[]> }) {
  const fieldError = (k: string) => errors[k]?.join(" ");
  return (
    <form method="get" action="/console/reports" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3" aria-label="Report period">
      <div className="flex flex-col">
        <label htmlFor="report-range" className="text-sm font-medium text-stone-800">
          Range
        </label>
        <select id="report-range" name="range" defaultValue={preset} className="mt-1 rounded-md border border-stone-300 px-2 py-1.5">
          {REPORT_PRESETS.map((p) => (
            <option key={p} value={p}>
              {LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="report-from" className="text-sm font-medium text-stone-800">
          From (custom)
        </label>
        <input id="report-from" type="date" name="from" defaultValue={from} aria-invalid={!!fieldError("from")} aria-describedby={fieldError("from") ? "range-from-error" : undefined} className="mt-1 rounded-md border border-stone-300 px-2 py-1" />
      </div>
      <div className="flex flex-col">
        <label htmlFor="report-to" className="text-sm font-medium text-stone-800">
          To (custom)
        </label>
        <input id="report-to" type="date" name="to" defaultValue={to} aria-invalid={!!fieldError("to")} aria-describedby={fieldError("to") ? "range-to-error" : undefined} className="mt-1 rounded-md border border-stone-300 px-2 py-1" />
      </div>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Show
      </button>
      {(fieldError("range") || fieldError("from") || fieldError("to")) && (
        <div role="alert" className="basis-full text-sm text-red-800">
          {fieldError("range") && <p>{fieldError("range")}</p>}
          {fieldError("from") && <p id="range-from-error">First day: {fieldError("from")}</p>}
          {fieldError("to") && <p id="range-to-error">Last day: {fieldError("to")}</p>}
        </div>
      )}
    </form>
  );
}
