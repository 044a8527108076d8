import type { Metadata } from "next";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Staff sign-in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; error?: string | string[] }> }) {
  const { next, error } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold text-stone-900">Staff sign-in</h1>
        <p className="mb-6 mt-1 text-sm text-stone-600">Guest Services console for hotel staff.</p>
        {/* Auth.js sends its own errors here (pages.error); the reason stays in the server log. */}
        {error !== undefined && (
          <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Sign-in could not be completed. Please try again.
          </p>
        )}
        <LoginForm next={typeof next === "string" ? next : undefined} />
      </div>
    </main>
  );
}
