import { LOCALES, LOCALE_NAMES, dirOf, isLocale } from "@/lib/i18n/locales";

/** The guest languages as `<option>`s, each in its own name ("Português"); `notKnown` adds the empty choice first. */
export function LanguageOptions({ notKnown = false }: { notKnown?: boolean }) {
  return (
    <>
      {notKnown && <option value="">Not known</option>}
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l} dir={dirOf(l)}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </>
  );
}

/**
 * A booking's language by its own name ("Português"), marked up in that language, with "Language:"
 * for screen readers; nothing when not known.
 */
export function GuestLanguage({ language, className, testId }: { language: string | null | undefined; className?: string; testId?: string }) {
  if (!isLocale(language)) return null;
  return (
    <span className={className} data-testid={testId} data-language={language} title="Guest's language">
      <span className="sr-only">Language: </span>
      <bdi lang={language}>{LOCALE_NAMES[language]}</bdi>
    </span>
  );
}
