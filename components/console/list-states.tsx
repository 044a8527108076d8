// The states every live console list shows the same way: a refused refresh (with what is still on
// screen said to be possibly stale), the first load's skeleton, and the empty list.

export function ListError({ error, stale, onRetry }: { error: string; stale: boolean; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <span>{stale ? `${error} The list below may be out of date.` : error}</span>
      <button type="button" onClick={onRetry} className="min-h-11 rounded-md bg-white px-3 py-1.5 font-medium ring-1 ring-amber-400">
        Try again
      </button>
    </div>
  );
}

export function ListSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      <p className="sr-only">{label}</p>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-48 animate-pulse rounded-lg bg-stone-200" />
      ))}
    </div>
  );
}

export function ListEmpty({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-700">{children}</p>;
}

/** Below a paged list: the next older page on a tap, and what became of the last try. */
export function ShowOlder({ noun, state, onLoad }: { noun: string; state: "idle" | "loading" | "error"; onLoad: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={onLoad} disabled={state === "loading"} className="min-h-11 rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-50 disabled:opacity-60">
        {state === "loading" ? `Loading older ${noun}…` : `Show older ${noun}`}
      </button>
      <p role="status" className="text-sm text-stone-700">
        {state === "error" ? `The older ${noun} could not be loaded. Try again.` : `More ${noun} match these filters.`}
      </p>
    </div>
  );
}
