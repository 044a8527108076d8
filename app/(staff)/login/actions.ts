"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { credentialsSchema } from "@/lib/auth/verify-credentials";
import { zodFields } from "@/lib/http/parse";

export type LoginState = { error?: string; fields?: Record<string, string[]>; email?: string };

const safeNext = (v: FormDataEntryValue | null) => (typeof v === "string" && /^\/console(\/[\w\-/]*)?$/.test(v) ? v : "/console");

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  // Anyone can POST to an action with any arguments: anything but the form is a bad request.
  if (!(form instanceof FormData)) return { error: "Invalid request." };
  const parsed = credentialsSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = typeof form.get("email") === "string" ? String(form.get("email")) : "";
  if (!parsed.success) return { fields: zodFields(parsed.error), email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(form.get("next")) });
    return {};
  } catch (e) {
    if (e instanceof AuthError) {
      const limited = e.type === "CredentialsSignin" && (e as AuthError & { code?: string }).code === "rate_limited";
      return { error: limited ? "Too many failed attempts. Wait 15 minutes and try again." : "Email or password is not correct.", email };
    }
    throw e; // includes Next's redirect on success
  }
}
