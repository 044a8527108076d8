import type { Metadata } from "next";

export const metadata: Metadata = { title: "Link not valid", referrer: "no-referrer" };

// One friendly page for every bad link: it never says whether a link was unknown, expired or
// revoked, so it reveals nothing to someone guessing links.
export default async function LinkProblemPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const missing = reason === "missing";
  if (reason === "left") {
    return (
      <main className="mx-auto flex min-h-screen max-w-xl items-center p-4">
        <div className="w-full rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
          <h1 className="text-xl font-semibold">This device no longer has your link</h1>
          <p className="mt-3 text-stone-700">To see your stay again, open the link the hotel sent you.</p>
        </div>
      </main>
    );
  }
  return (
    <main className="mx-auto flex min-h-screen max-w-xl items-center p-4">
      <div className="w-full rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
        <h1 className="text-xl font-semibold">{missing ? "Open your personal link" : "This link is no longer valid"}</h1>
        <p className="mt-3 text-stone-700">
          {missing
            ? "To see your stay, open the link the hotel sent you by email or message."
            : "Links stop working when they expire, when the hotel replaces them, or when a booking is cancelled."}
        </p>
        <p className="mt-3 text-stone-700">Please contact the front desk and ask for a new link. They can send it by email or show you a QR code.</p>
      </div>
    </main>
  );
}
