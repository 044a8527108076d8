export default function Loading() {
  return (
    <main className="mx-auto max-w-xl p-4" aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading your stay…</p>
      <div className="h-24 animate-pulse rounded-2xl bg-stone-200" />
      <div className="mt-4 h-48 animate-pulse rounded-2xl bg-stone-200" />
    </main>
  );
}
