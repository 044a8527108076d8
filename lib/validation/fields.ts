import { z } from "zod";

// Field schemas shared by every form and API body, so each kind of value is checked one way.

// Every date the API takes lies in these years: a hotel's stays, mornings and reports never leave
// them, and a day or two added to the bound still formats as YYYY-MM-DD (year 9999 + 1 does not).
export const MIN_DATE = "2000-01-01";
export const MAX_DATE = "2100-12-31";

/** YYYY-MM-DD naming a real calendar day (not 2027-02-30 or 2026-13-01) between MIN_DATE and MAX_DATE. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-05-31")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "No such date")
  .refine((s) => s >= MIN_DATE && s <= MAX_DATE, `Pick a date between ${MIN_DATE.slice(0, 4)} and ${MAX_DATE.slice(0, 4)}`);

/** An optional date from a query string or form: empty means not given. */
export const optionalIsoDateSchema = isoDateSchema.optional().or(z.literal("").transform(() => undefined));

/** A 24-hour wall-clock time, HH:MM. */
export const wallClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use 24-hour time like 07:30");

/**
 * A whole count (guests, nights, days): a JSON integer, or a plain string of digits as HTML forms
 * send. Not "0x5", "3.0", "1e1", true or [2]. Bounds are the caller's: `countSchema.pipe(z.number().min(1))`.
 */
export const countSchema = z.union(
  [z.number().int("Whole number"), z.string().trim().regex(/^\d{1,6}$/, "Whole number").transform(Number)],
  { error: "Whole number" },
);

/** Optional free text: trimmed, empty or missing becomes null. */
export const optionalTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);
