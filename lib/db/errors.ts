/** The SQLSTATE of a database error (PostgreSQL or PGlite), whether or not drizzle wrapped it. */
export function sqlState(e: unknown): string | null {
  for (let cur: unknown = e, i = 0; cur && i < 4; cur = (cur as { cause?: unknown }).cause, i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** True for a PostgreSQL unique violation. */
export function isUniqueViolation(e: unknown): boolean {
  return sqlState(e) === "23505";
}
