"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";

/** The console's answer to a 401: sign in again, then come back to the page the agent was on. */
export function useSignInRedirect() {
  const router = useRouter();
  return useCallback(() => router.push(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`), [router]);
}
