"use server";
import { signOut } from "@/lib/auth/auth";

// Signing out needs no role check: it only ends the caller's own session.
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
