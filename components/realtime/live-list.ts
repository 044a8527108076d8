/**
 * The one way a screen keeps a server list current: every load is numbered and only the newest
 * answer is shown (an older one that arrives late is dropped), a refusal (401/403) is reported once
 * per answer to whoever owns the sign-in, and a failed reload keeps the list on screen beside the
 * error. Pure and framework-free, so its rules are tested without a browser; `useLiveList` wires it
 * to React and to the realtime channel.
 */

export type LoadResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

export type LiveListState<T> = {
  /** The last good answer; kept through a failed reload so people keep working from it. */
  data: T | null;
  status: "loading" | "ready" | "error";
  /** What went wrong with the last load, in words for the screen; null when it worked. */
  error: string | null;
};

export const LOADING: LiveListState<never> = { data: null, status: "loading", error: null };

const NETWORK = "The network is unavailable. The list will refresh when it is back.";

export function createLiveList<T>(opts: {
  load: () => Promise<LoadResult<T>>;
  onState: (next: (prev: LiveListState<T>) => LiveListState<T>) => void;
  onRefused?: (status: 401 | 403) => void;
}) {
  let latest = 0;
  return {
    async refresh(): Promise<void> {
      const mine = ++latest;
      let res: LoadResult<T>;
      try {
        res = await opts.load();
      } catch {
        res = { ok: false, status: 0, message: NETWORK };
      }
      if (mine !== latest) return; // a newer load is under way; its answer decides
      if (res.ok) return opts.onState(() => ({ data: res.data, status: "ready", error: null }));
      if (res.status === 401 || res.status === 403) opts.onRefused?.(res.status);
      const message = res.message;
      opts.onState((prev) => ({ data: prev.data, status: "error", error: message }));
    },
    /** Forgets answers still on their way (the screen asked for something else). */
    abandon() {
      latest++;
    },
  };
}

/** Older pages appended to the live first page: the first page wins for an id both hold. */
export function withOlderPages<T extends { id: string }>(first: readonly T[], older: readonly T[]): T[] {
  const seen = new Set(first.map((o) => o.id));
  return [...first, ...older.filter((o) => !seen.has(o.id))];
}
