import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback";
import { SignInForm } from "@/components/auth/SignInForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await currentUser()) redirect(target);
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-lg dark:bg-slate-900">
        <h1 className="mb-1 text-xl font-semibold">S3 Share Console</h1>
        <p className="mb-6 text-sm text-slate-500 dark:text-slate-400">Sign in to browse and share files.</p>
        <SignInForm callbackUrl={target} />
      </div>
    </main>
  );
}
