// The guest languages, at the ground so the schema can type its translation columns; the rest of
// the app reads them through lib/i18n/locales.ts. The database's checks (migration 0007) list the same codes.
export const GUEST_LANGUAGES = ["en", "pt", "de", "fr", "es", "ar"] as const;
export type GuestLanguage = (typeof GUEST_LANGUAGES)[number];
