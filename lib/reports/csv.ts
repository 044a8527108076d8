import type { Cell, ReportTable } from "./tables";

// RFC 4180 CSV of a report table. Text a person typed (a cancellation reason, a type's name) that
// starts like a formula is prefixed with an apostrophe, so a spreadsheet shows it and runs nothing.

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: Cell, text: boolean): string {
  if (value === null) return "";
  let s = String(value);
  if (text && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableCsv(table: ReportTable): string {
  const text = table.columns.map((c) => c.kind === "text" || c.kind === "date");
  const line = (cells: Cell[]) => cells.map((v, i) => cell(v, text[i] ?? true)).join(",");
  const lines = [table.columns.map((c) => c.key).join(","), ...table.rows.map(line), ...(table.total ? [line(table.total)] : [])];
  return lines.join("\r\n") + "\r\n";
}
