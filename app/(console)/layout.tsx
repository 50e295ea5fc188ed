import Link from "next/link";
import { requireUser } from "@/lib/auth/auth";
import { signOutAction } from "@/lib/actions/session";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/b" className="flex items-center gap-2 font-semibold">
            <svg viewBox="0 0 24 24" className="size-6 text-sky-600" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M4 7c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zm0 0v10c0 1.7 3.6 3 8 3s8-1.3 8-3V7" />
              <path d="M9 14l2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            S3 Share Console
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-600 dark:text-slate-300">
              Signed in as <strong>{user.username}</strong>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">{children}</main>
    </div>
  );
}
