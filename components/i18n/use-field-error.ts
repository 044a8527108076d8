"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import englishErrors from "@/lib/i18n/messages/en/errors.json";

// Apart from useApiErrorText (use-api-error.ts): this module carries English's error messages, which
// only the pre-check-in form needs, so the other pages do not ship them.

// Per-field validation messages (an API's `fields`: { phone: ["Enter a phone number, e.g. …"] })
// are English sentences, fixed in the schemas (lib/bookings/precheckin.ts precheckinSchema and the
// field schemas it uses, lib/validation/fields.ts). Each one the pre-check-in form can get has a
// key in errors.fields whose English text IS that sentence, a number in it written as an argument:
//
//   errors.fields.time24h          "Use 24-hour time like 07:30"                 arrival_time
//   errors.fields.wholeNumber      "Whole number"                                adults, children
//   errors.fields.atLeastOneAdult  "At least one adult"                          adults
//   errors.fields.atMost           "At most {max}"                               adults, children
//   errors.fields.notNegative      "Cannot be negative"                          children
//   errors.fields.phone            "Enter a phone number, e.g. +351 912 345 678" phone
//   errors.fields.tooLong          "Too big: expected string to have <={max} characters"  phone (zod's own)
//   errors.fields.maxCharacters    "At most {max} characters"                    special_requests
//   errors.fields.mustBeText       "Must be text"                                special_requests
//
// So the English file is the mapping: a message is matched against those English texts (an
// argument matching digits) and shown in the guest's language; English shows exactly the API's
// text. A message with no key (zod's generic "Invalid input: …", which the form never causes)
// stays as the API wrote it. components/i18n/use-field-error.test.ts runs the schema on bad
// answers and fails when a message it can give has no key, so a reworded schema message is caught.

type FieldKey = keyof typeof englishErrors.fields;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The build precompiles message files (next.config.mjs): there a message with an argument is an
// array of text and [argument] parts, ["At most ", ["max"]]; tests and scripts read the raw ICU
// string, "At most {max}". Both give the same pattern: text as itself, an argument as digits.
type EnglishFieldMessage = string | (string | [string])[];

export function patternOf(english: EnglishFieldMessage): RegExp {
  const source =
    typeof english === "string"
      ? escapeRegExp(english).replace(/\\\{(\w+)\\\}/g, "(?<$1>\\d{1,9})")
      : english.map((part) => (typeof part === "string" ? escapeRegExp(part) : `(?<${part[0]}>\\d{1,9})`)).join("");
  return new RegExp(`^${source}$`);
}

const FIELD_PATTERNS = (Object.entries(englishErrors.fields) as [FieldKey, EnglishFieldMessage][]).map(([key, english]) => ({
  key,
  pattern: patternOf(english),
}));

/** The errors.fields key (and its numbers) of an API's English field message, or null. */
export function fieldMessageKey(message: string): { key: FieldKey; values: Record<string, number> } | null {
  for (const { key, pattern } of FIELD_PATTERNS) {
    const m = pattern.exec(message);
    if (m) return { key, values: Object.fromEntries(Object.entries(m.groups ?? {}).map(([name, digits]) => [name, Number(digits)])) };
  }
  return null;
}

/** The guest's words for one of an API's field messages (the pre-check-in form's), else the API's text. */
export function useFieldErrorText(): (message: string) => string {
  const t = useTranslations("errors.fields");
  return useCallback(
    (message) => {
      const known = fieldMessageKey(message);
      return known ? t(known.key, known.values) : message;
    },
    [t],
  );
}
