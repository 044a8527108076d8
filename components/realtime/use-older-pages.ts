"use client";

import { useCallback, useMemo, useState } from "react";
import { withOlderPages, type LoadResult } from "./live-list";

type Older<T> = { query: string; items: T[]; cursor: string | null; state: "idle" | "loading" | "error" };

/**
 * Older pages of a live list, asked for one at a time and kept below its live first page until the
 * query changes (the first page stays live; an id both hold shows once, from the first page).
 * `firstCursor` is the live first page's `next_cursor`; `fetchPage(before)` answers the next page.
 */
export function useOlderPages<T extends { id: string }, P extends { next_cursor: string | null }>(opts: {
  query: string;
  first: readonly T[];
  firstCursor: string | null | undefined;
  fetchPage: (before: string) => Promise<LoadResult<P>>;
  itemsOf: (page: P) => T[];
}) {
  const { query, first, firstCursor, fetchPage, itemsOf } = opts;
  const [kept, setKept] = useState<Older<T> | null>(null);
  const older = kept?.query === query ? kept : null;
  const nextCursor = older ? older.cursor : (firstCursor ?? null);
  const items = useMemo(() => withOlderPages(first, older?.items ?? []), [first, older]);

  const loadOlder = useCallback(async () => {
    if (!nextCursor) return;
    setKept({ query, items: older?.items ?? [], cursor: nextCursor, state: "loading" });
    const res = await fetchPage(nextCursor);
    setKept((o) => {
      if (o?.query !== query) return o; // the query changed meanwhile
      if (!res.ok) return { ...o, state: "error" };
      return { query, items: withOlderPages(o.items, itemsOf(res.data)), cursor: res.data.next_cursor, state: "idle" };
    });
  }, [nextCursor, query, older, fetchPage, itemsOf]);

  return { items, nextCursor, state: older?.state ?? "idle", loadOlder };
}
