import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/auth";
import { myLinksAction } from "@/lib/actions/links";
import { linkQuery, parseLinkFilters, type SearchParams } from "@/lib/links/filters";
import { LinkFilters } from "@/components/links/LinkFilters";
import { LinksTable } from "@/components/links/LinksTable";
import { ErrorPanel } from "@/components/ui/ErrorPanel";

export const metadata: Metadata = { title: "My links" };

export default async function MyLinksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const sp = await searchParams;
  const { form } = parseLinkFilters(sp);
  const result = await myLinksAction(sp as Record<string, string>);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">My links</h1>
      <p className="mb-4 text-sm text-slate-500 dark:text-slate-400">
        Every link you created, newest first. The links themselves are not kept: create a new one to share again.
      </p>
      {!result.ok ? (
        <ErrorPanel title="Your links could not be loaded.">{result.error.message}</ErrorPanel>
      ) : (
        <>
          <LinkFilters form={form} buckets={result.data.facets.buckets} />
          <LinksTable links={result.data.links} showWho={false} />
          {result.data.nextBefore && (
            <p className="mt-4 text-center">
              <Link href={`/links${linkQuery({ ...form, user: "" }, { before: result.data.nextBefore })}`} className="text-sky-700 underline dark:text-sky-300">
                Older links
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
