import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentAccess, requireUser } from "@/lib/auth/auth";
import { activityAction } from "@/lib/actions/links";
import { linkQuery, parseLinkFilters, type SearchParams } from "@/lib/links/filters";
import { LinkFilters } from "@/components/links/LinkFilters";
import { LinksTable } from "@/components/links/LinksTable";
import { ErrorPanel } from "@/components/ui/ErrorPanel";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  // Not for everyone: a non-admin sees the same page as for an address that does not exist.
  if (!(await currentAccess())?.admin) notFound();
  const sp = await searchParams;
  const { form } = parseLinkFilters(sp);
  const result = await activityAction(sp as Record<string, string>);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Activity</h1>
      <p className="mb-4 text-sm text-slate-500 dark:text-slate-400">Every link issued by anyone, newest first.</p>
      {!result.ok ? (
        <ErrorPanel title="The activity could not be loaded.">{result.error.message}</ErrorPanel>
      ) : (
        <>
          <LinkFilters
            form={form}
            buckets={result.data.facets.buckets}
            users={result.data.facets.users}
            exportHref={`/activity/export${linkQuery(form)}`}
          />
          <LinksTable links={result.data.links} showWho />
          {result.data.nextBefore && (
            <p className="mt-4 text-center">
              <Link href={`/activity${linkQuery(form, { before: result.data.nextBefore })}`} className="text-sky-700 underline dark:text-sky-300">
                Older links
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
