export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-6 w-48 rounded bg-stone-200" />
      <div className="h-24 rounded bg-stone-200" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
