"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/actions/session";
import { Button } from "@/components/ui/Button";
import { InlineError } from "@/components/ui/InlineError";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const field = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-800";
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1">
        <label htmlFor="username" className="text-sm font-medium">
          Username
        </label>
        <input id="username" name="username" autoComplete="username" required defaultValue={state.username} className={field} autoFocus />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="text-sm font-medium">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={field} />
      </div>
      {state.error && (
        <InlineError>{state.error}</InlineError>
      )}
      <Button type="submit" variant="primary" busy={pending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
