import { z } from "zod";

// Field schemas shared by every form and API body, so each kind of value is checked one way.

// Every date the API takes lies in these years: a hotel's stays, mornings and reports never leave
// them, and a day or two added to the bound still formats as YYYY-MM-DD (year 9999 + 1 does not).
export const MIN_DATE = "2000-01-01";
export const MAX_DATE = "2100-12-31";

const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/**
 * YYYY-MM-DD naming a real calendar day (not 2027-02-30 or 2026-13-01) between MIN_DATE and
 * MAX_DATE. One reason per bad value, the first that applies: an empty field is "Required".
 */
export const isoDateSchema = z.string().superRefine((s, ctx) => {
  const problem = !s
    ? "Required"
    : !/^\d{4}-\d{2}-\d{2}$/.test(s)
      ? "Use a date like 2026-05-31"
      : !isRealDay(s)
        ? "No such date"
        : s < MIN_DATE || s > MAX_DATE
          ? `Pick a date between ${MIN_DATE.slice(0, 4)} and ${MAX_DATE.slice(0, 4)}`
          : null;
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

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

// Bidi controls (embeddings, overrides, isolates, marks) let text display in another order than
// it is stored ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"); free text never needs them.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Whitespace and format characters (Unicode Cf: zero-width space and joiners, word joiner, BOM)
// show nothing: text made only of them is blank.
const BLANK = /^[\s\p{Cf}]*$/u;
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/** Free text as stored: bidi controls removed, then trimmed. */
export const cleanText = (s: string) => s.replace(BIDI_CONTROLS, "").trim();
export const isBlankText = (s: string) => BLANK.test(s);

type TextOptions = {
  /** Shortest accepted length (default 1); a shorter or blank value gets `required`. */
  min?: number;
  required?: string;
  /** Names, titles and labels: CR, LF and the Unicode line separators are refused. */
  singleLine?: boolean;
  /** Prefix for messages (`"Notes: at most 500 characters"`), for bodies with several texts. */
  label?: string;
};

// Checks, not transforms, so an object's own refinements (check-out after check-in) still run
// and report beside a bad text field. Line breaks are looked for before trimming: "Alice\r\n" is
// no more a single line than "Al\nice". Lengths are in characters (code points), as PostgreSQL counts.
function textChecks(max: number, o: TextOptions & { optional?: boolean }) {
  const say = (ctx: z.RefinementCtx, m: string) => ctx.addIssue({ code: "custom", message: o.label ? `${o.label}: ${m[0]!.toLowerCase()}${m.slice(1)}` : m });
  return z
    .string(o.label ? `${o.label} must be text` : "Must be text")
    .superRefine((raw, ctx) => {
      if (o.singleLine && LINE_BREAK.test(raw) && !isBlankText(cleanText(raw))) say(ctx, "Must be a single line");
    })
    .overwrite(cleanText)
    .superRefine((v, ctx) => {
      const blank = isBlankText(v);
      if (blank && o.optional) return;
      const length = [...v].length;
      if (length > max) say(ctx, `At most ${max} characters`);
      else if (blank || length < (o.min ?? 1)) say(ctx, o.required ?? "Required");
    });
}

/** Required free text (names, messages, reasons): bidi controls removed, trimmed, not blank. */
export const requiredTextSchema = (max: number, o: TextOptions = {}) => textChecks(max, o);

/** Optional free text, cleaned as above: empty, blank or missing becomes null. */
export const optionalTextSchema = (max: number, o: Omit<TextOptions, "min" | "required"> = {}) =>
  textChecks(max, { ...o, optional: true })
    .transform((v) => (isBlankText(v) ? null : v))
    .nullish()
    .transform((v) => v ?? null);
