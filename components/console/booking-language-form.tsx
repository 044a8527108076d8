"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LanguageOptions } from "./language-options";
import { useApi } from "./use-api";

/**
 * The guest's language on the booking page: a select and a save button (the label is the row's
 * "Language", `id` names the select). Saving refreshes the page; other consoles hear the change.
 */
export function BookingLanguageForm({ id, reference, language }: { id: string; reference: string; language: string | null }) {
  const router = useRouter();
  const [value, setValue] = useState(language ?? "");
  const [saved, setSaved] = useState(false);
  // Another console's change arrives as new props (the page refreshes on staff.booking_changed).
  const [shown, setShown] = useState(language);
  if (shown !== language) {
    setShown(language);
    setValue(language ?? "");
  }
  const { call, pending, error, fieldError } = useApi<{ booking: { language: string | null } }>();
  const problem = fieldError("language") ?? error?.error;
  return (
    <form
      noValidate
      className="flex flex-wrap items-center gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (await call(`/api/console/bookings/${encodeURIComponent(reference)}`, "PATCH", { language: value })) {
          setSaved(true);
          router.refresh();
        }
      }}
    >
      <select
        id={id}
        name="language"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setSaved(false);
        }}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        data-testid="booking-language"
        className="rounded-md border border-stone-400 bg-white px-2 py-1 text-sm text-stone-900"
      >
        <LanguageOptions notKnown />
      </select>
      <button
        type="submit"
        disabled={pending || value === (language ?? "")}
        aria-busy={pending}
        className="rounded-md border border-stone-400 bg-white px-3 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save language"}
      </button>
      <span aria-live="polite" className="text-sm text-brand-800">
        {saved ? "Saved." : ""}
      </span>
      {problem && (
        <p id={`${id}-error`} role="alert" className="basis-full text-sm text-red-700">
          {problem}
        </p>
      )}
    </form>
  );
}
