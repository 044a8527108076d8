import Link from "next/link";

export default function Home() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-4 p-6">
      <h1 className="text-2xl font-semibold">Guest Services</h1>
      <p className="text-stone-700">Guests: open the personal link your hotel sent you. It takes you straight to your stay.</p>
      <p>
        <Link href="/login" className="font-medium text-brand-700 underline">
          Staff sign-in
        </Link>
      </p>
    </main>
  );
}
