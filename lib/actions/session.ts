"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback";

export type SignInState = { error?: string; username?: string };

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const username = String(form.get("username") ?? "");
  try {
    await signIn("credentials", {
      username,
      password: String(form.get("password") ?? ""),
      redirectTo: safeCallbackPath(form.get("callbackUrl")),
    });
    return {};
  } catch (err) {
    // signIn redirects by throwing; only its AuthErrors are ours to turn into a message.
    if (err instanceof AuthError) return { error: "Wrong username or password.", username };
    throw err;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}
