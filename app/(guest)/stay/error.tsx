"use client";

export default function StayError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl p-4">
      <div role="alert" className="rounded-2xl border border-red-200 bg-white p-6">
        <h1 className="text-lg font-semibold">We could not load your stay</h1>
        <p className="mt-2 text-stone-700">Please check your connection and try again. If it keeps happening, the front desk can help.</p>
        <button type="button" onClick={reset} className="mt-4 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Try again
        </button>
      </div>
    </main>
  );
}
