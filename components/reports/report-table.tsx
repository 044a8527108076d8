import { formatMinor } from "@/components/ui/money";
import type { Cell, ReportColumn, ReportTable } from "@/lib/reports/tables";

// A report table as the page shows it: a caption, formatted cells, the total in the footer and a
// link to the same table as CSV (raw values, the column keys as its header).

const dayLabel = (date: string) => new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));

function show(value: Cell, column: ReportColumn): string {
  if (value === null) return "—";
  // "Sun 8 Nov" reads faster than an ISO date; the CSV keeps YYYY-MM-DD. ("Total" is not a date.)
  if (column.kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dayLabel(value);
  if (typeof value === "string") return value;
  switch (column.kind) {
    case "share":
      return `${Math.round(value * 100)}%`;
    case "money":
      return formatMinor(value, column.currency ?? "EUR");
    case "minutes":
      return value.toFixed(1);
    default:
      return value.toLocaleString("en-GB");
  }
}

export function ReportTableView({ table, csvHref, empty }: { table: ReportTable; csvHref: string; empty?: string }) {
  return (
    <div className="min-w-0 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="px-3 py-2 text-left font-medium text-stone-800">
          {table.caption} ·{" "}
          <a href={csvHref} className="font-normal text-brand-700 underline" download>
            Download CSV<span className="sr-only"> of {table.caption.toLowerCase()}</span>
          </a>
        </caption>
        <thead>
          <tr className="bg-stone-50 text-stone-700">
            {table.columns.map((c, i) => (
              <th key={c.key} scope="col" className={`px-3 py-2 font-medium ${i === 0 || c.kind === "text" ? "text-left" : "text-right"}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length} className="px-3 py-3 text-stone-600">
                {empty ?? "Nothing in this range."}
              </td>
            </tr>
          )}
          {table.rows.map((row, r) => (
            <tr key={r} className="border-t border-stone-100">
              {row.map((v, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-3 py-1.5 text-left font-normal whitespace-nowrap">
                    {show(v, table.columns[i]!)}
                  </th>
                ) : (
                  <td key={i} className={`px-3 py-1.5 tabular-nums ${table.columns[i]!.kind === "text" ? "text-left" : "text-right"}`}>
                    {show(v, table.columns[i]!)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {table.total && (
          <tfoot>
            <tr className="border-t-2 border-stone-300 font-semibold">
              {table.total.map((v, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-3 py-1.5 text-left">
                    {show(v, table.columns[i]!)}
                  </th>
                ) : (
                  <td key={i} className={`px-3 py-1.5 tabular-nums ${table.columns[i]!.kind === "text" ? "text-left" : "text-right"}`}>
                    {show(v, table.columns[i]!)}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
