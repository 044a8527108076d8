import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so the same request always hashes the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** SHA-256 of the parsed request, key order and undefined fields aside. */
export function requestHash(request: unknown): string {
  return createHash("sha256").update(JSON.stringify(canonical(request) ?? null)).digest("hex");
}
