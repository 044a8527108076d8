"use client";

export default function ConsoleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-stone-900">Something went wrong</h1>
      <p className="mt-1 text-sm text-stone-700">The page could not be loaded. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </section>
  );
}
