import Link from "next/link";

export default function ConsoleNotFound() {
  return (
    <section className="rounded-lg border border-stone-300 bg-white p-6">
      <h1 className="text-lg font-semibold text-stone-900">Not found</h1>
      <p className="mt-1 text-sm text-stone-700">Nothing with that reference exists in the current hotel.</p>
      <Link href="/console/bookings" className="mt-4 inline-block text-sm font-semibold text-brand-700 underline">
        Back to bookings
      </Link>
    </section>
  );
}
