import Link from "next/link";
import { redirect } from "next/navigation";
import { currentAccess } from "@/lib/auth/auth";
import { signOutAction } from "@/lib/actions/session";
import { SessionWatcher } from "@/components/auth/SessionWatcher";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const access = await currentAccess();
  if (!access) redirect("/signin");
  const { user, admin } = access;
  const nav = [
    { href: "/b", label: "Buckets" },
    { href: "/links", label: "My links" },
    ...(admin ? [{ href: "/activity", label: "Activity" }] : []),
  ];
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
          <Link href="/b" className="flex items-center gap-2 font-semibold">
            <svg viewBox="0 0 24 24" className="size-6 text-sky-600" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M4 7c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zm0 0v10c0 1.7 3.6 3 8 3s8-1.3 8-3V7" />
              <path d="M9 14l2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            S3 Share Console
          </Link>
          <nav aria-label="Main" className="mr-auto flex gap-1 text-sm">
            {nav.map((n) => (
              <Link key={n.href} href={n.href} className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
                {n.label}
              </Link>
            ))}
          </nav>
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
      <SessionWatcher />
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">{children}</main>
    </div>
  );
}
