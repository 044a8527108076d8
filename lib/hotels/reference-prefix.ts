import { randomInt } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { hotels } from "@/lib/db/schema";

// A hotel's booking references start with its own prefix ({PREFIX}-{YYYY}-{NNNN}). Prefixes are
// unique, so references (which name guest channels carrying no hotel) never clash across hotels
// and each hotel numbers from 0001 without revealing anything about the others.
export const REFERENCE_PREFIX_PATTERN = /^[A-Z0-9]{2,6}$/;
// Every reference began with "BK" before prefixes existed; those references are kept.
const LEGACY_PREFIX = "BK";
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** The slug's word initials ("grand-harbour" → "GH"), or its first three characters for one word. */
export function basePrefix(slug: string): string {
  const words = slug.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  const initials = words.map((w) => w[0]).join("");
  const base = initials.length >= 2 ? initials.slice(0, 6) : words.join("").slice(0, 3);
  return base.padEnd(2, "X");
}

/** Candidates in order of preference: the base, then the base (cut to 5) with a digit 2–9. */
export function prefixCandidates(slug: string): string[] {
  const base = basePrefix(slug);
  const numbered = [2, 3, 4, 5, 6, 7, 8, 9].map((d) => `${base.slice(0, 5)}${d}`);
  return [base, ...numbered].filter((p) => p !== LEGACY_PREFIX);
}

/** Two letters of the base and four random characters: the fallback when every candidate is taken. */
export function randomPrefix(slug: string): string {
  let tail = "";
  for (let i = 0; i < 4; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `${basePrefix(slug).slice(0, 2)}${tail}`;
}

/** The first candidate no hotel holds yet (a concurrent insert can still take it: insert with a retry). */
export async function freePrefix(db: DbOrTx, slug: string): Promise<string> {
  const candidates = prefixCandidates(slug);
  const taken = new Set(
    (await db.select({ p: hotels.referencePrefix }).from(hotels).where(inArray(hotels.referencePrefix, candidates))).map((r) => r.p),
  );
  return candidates.find((c) => !taken.has(c)) ?? randomPrefix(slug);
}
