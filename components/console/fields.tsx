import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

/**
 * An element id unique on the page even when two forms there share field names (a name-based id
 * let a label in one form toggle the other form's checkbox).
 */
function useFieldId(name: string, id?: string): string {
  const auto = useId().replace(/[^A-Za-z0-9]/g, "");
  return id ?? `f-${name}-${auto}`;
}

type Common = { label: string; name: string; error?: string; hint?: string; id?: string };

const inputClass =
  "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm aria-[invalid=true]:border-red-700 disabled:bg-stone-100";

function Wrapper({ label, name, error, hint, id, children }: Common & { children: (a: Record<string, string | boolean | undefined>) => ReactNode }) {
  const fid = useFieldId(name, id);
  const describedBy = [hint ? `${fid}-hint` : null, error ? `${fid}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={fid} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children({ id: fid, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <p id={`${fid}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${fid}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const { label, name, error, hint, id, ...rest } = props;
  return <Wrapper {...{ label, name, error, hint, id }}>{(a) => <input {...rest} {...a} className={inputClass} />}</Wrapper>;
}

/** "2245" or "745" (what a numeric keypad, which has no colon, can type) as "22:45" and "07:45"; anything else as typed. */
export function normaliseTime(value: string): string {
  const v = value.trim();
  const digits = /^(\d{1,2})[:.h]?(\d{2})$/.exec(v);
  return digits ? `${digits[1]!.padStart(2, "0")}:${digits[2]}` : v;
}

/**
 * A 24-hour time as HH:MM. Not `<input type="time">`, which Chromium shows as "03:00 PM" in a
 * 12-hour locale; a text field keeps any minute (22:45, 06:10) and the saved value as it is. The
 * server parses HH:MM with its zod schema either way.
 */
export function TimeField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "type">) {
  const { label, name, error, hint, id, onBlur, ...rest } = props;
  return (
    <Wrapper {...{ label, name, error, hint, id }}>
      {(a) => (
        <input
          {...rest}
          {...a}
          type="text"
          inputMode="numeric"
          pattern="([01][0-9]|2[0-3]):[0-5][0-9]"
          placeholder="HH:MM"
          maxLength={5}
          autoComplete="off"
          onBlur={(e) => {
            e.currentTarget.value = normaliseTime(e.currentTarget.value);
            onBlur?.(e);
          }}
          className={`${inputClass} font-mono tabular-nums`}
        />
      )}
    </Wrapper>
  );
}

export function SelectField(props: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> & { children: ReactNode }) {
  const { label, name, error, hint, id, children, ...rest } = props;
  return (
    <Wrapper {...{ label, name, error, hint, id }}>
      {(a) => (
        <select {...rest} {...a} className={inputClass}>
          {children}
        </select>
      )}
    </Wrapper>
  );
}

export function TextAreaField(props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const { label, name, error, hint, id, ...rest } = props;
  return <Wrapper {...{ label, name, error, hint, id }}>{(a) => <textarea {...rest} {...a} className={inputClass} />}</Wrapper>;
}

export function CheckboxField({
  label,
  name,
  defaultChecked,
  hint,
  id,
  onChange,
}: {
  label: string;
  name: string;
  defaultChecked?: boolean;
  hint?: string;
  id?: string;
  onChange?: (checked: boolean) => void;
}) {
  const fid = useFieldId(name, id);
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" id={fid} name={name} defaultChecked={defaultChecked} onChange={onChange ? (e) => onChange(e.target.checked) : undefined} className="mt-1 h-4 w-4 accent-brand-600" aria-describedby={hint ? `${fid}-hint` : undefined} />
      <div>
        <label htmlFor={fid} className="text-sm font-medium text-stone-800">
          {label}
        </label>
        {hint && (
          <p id={`${fid}-hint`} className="text-xs text-stone-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function FormError({ error }: { error: { error: string; fields?: Record<string, string[]> } | null }) {
  if (!error) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error.fields ? "Please correct the highlighted fields." : error.error}
    </div>
  );
}

export function SubmitButton({ pending, children, variant = "primary" }: { pending: boolean; children: ReactNode; variant?: "primary" | "danger" | "secondary" }) {
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass(variant)}>
      {pending ? "Working…" : children}
    </button>
  );
}

export function buttonClass(variant: "primary" | "danger" | "secondary" = "primary") {
  const base = "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60";
  if (variant === "danger") return `${base} bg-red-700 text-white hover:bg-red-800`;
  if (variant === "secondary") return `${base} border border-stone-400 bg-white text-stone-800 hover:bg-stone-100`;
  return `${base} bg-brand-600 text-white hover:bg-brand-700`;
}
