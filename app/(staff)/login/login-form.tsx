"use client";
import { useActionState } from "react";
import { SubmitButton, TextField } from "@/components/console/fields";
import { loginAction, type LoginState } from "./actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </div>
      )}
      <input type="hidden" name="next" value={next ?? "/console"} />
      <TextField label="Email" name="email" type="email" autoComplete="username" required defaultValue={state.email} error={state.fields?.email?.[0]} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={state.fields?.password?.[0]} />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
