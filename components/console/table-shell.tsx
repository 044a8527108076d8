import type { ReactNode } from "react";

/** The console's table frame: caption for screen readers, header row, body rows from the caller. */
export function TableShell({ caption, headers, children, framed = true }: { caption: string; headers: ReactNode[]; children: ReactNode; framed?: boolean }) {
  return (
    // relative: a screen-reader-only header (absolutely placed) scrolls with the table instead of widening the page.
    <div className={`relative overflow-x-auto rounded-lg border border-stone-200 ${framed ? "bg-white" : ""}`}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-xs uppercase tracking-wide text-stone-700">
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
    </div>
  );
}
