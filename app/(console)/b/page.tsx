import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/auth";
import { listBucketsAction } from "@/lib/actions/browse";
import { folderHref } from "@/lib/keys";
import { Breadcrumbs } from "@/components/browser/Breadcrumbs";
import { ErrorPanel } from "@/components/ui/ErrorPanel";

export const metadata: Metadata = { title: "Buckets" };

export default async function BucketsPage() {
  await requireUser();
  const result = await listBucketsAction({});
  return (
    <>
      <Breadcrumbs />
      <h1 className="mb-4 text-2xl font-semibold">Buckets</h1>
      {!result.ok ? (
        <ErrorPanel title="The bucket list could not be loaded.">
          {result.error.message} If the console&apos;s credentials may not list buckets, set S3SHARE_BUCKETS to the buckets to show.
        </ErrorPanel>
      ) : result.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-500 dark:border-slate-700">
          No buckets to show.
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {result.data.map((b) => (
            <li key={b.name}>
              <Link
                href={folderHref(b.name)}
                className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-4 font-medium hover:border-sky-400 hover:shadow-sm dark:border-slate-700 dark:bg-slate-900"
              >
                <svg viewBox="0 0 24 24" className="size-6 shrink-0 text-sky-600" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
                  <path d="M4 7c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zm0 0l1.5 11c.2 1.2 3 2 6.5 2s6.3-.8 6.5-2L20 7" />
                </svg>
                <span className="break-all">{b.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
