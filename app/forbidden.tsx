import Link from "next/link";

// Rendered with a 403 status when a signed-in staff member's role does not include a page.
export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl items-center p-6">
      <section className="w-full rounded-lg border border-amber-300 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold text-stone-900">No access</h1>
        <p className="mt-2 text-stone-700">Your role in this hotel does not include this page. Ask an admin if you need it.</p>
        <p className="mt-4">
          <Link href="/console" className="font-medium text-brand-700 underline">
            Back to the console
          </Link>
        </p>
      </section>
    </main>
  );
}
