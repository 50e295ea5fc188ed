import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { requireUser } from "@/lib/auth/auth";
import { listFolderAction } from "@/lib/actions/browse";
import { folderSegments, prefixFromPath, REQUEST_PATH_HEADER } from "@/lib/keys";
import { Breadcrumbs } from "@/components/browser/Breadcrumbs";
import { FolderView } from "@/components/browser/FolderView";
import { ErrorPanel } from "@/components/ui/ErrorPanel";

type Props = {
  params: Promise<{ bucket: string; path?: string[] }>;
  searchParams: Promise<{ prefix?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { bucket } = await params;
  return { title: bucket };
}

export default async function FolderPage({ params, searchParams }: Props) {
  await requireUser();
  const { bucket } = await params;
  // The raw path, set by proxy.ts: decoded once, by prefixFromPath.
  const path = (await headers()).get(REQUEST_PATH_HEADER) ?? "";
  const prefix = prefixFromPath(folderSegments(path), (await searchParams).prefix);
  if (prefix === undefined) {
    return <ErrorPanel title="This folder could not be opened.">The address is not valid; check the link.</ErrorPanel>;
  }
  const page = await listFolderAction({ bucket, prefix });

  return (
    <>
      <Breadcrumbs bucket={bucket} prefix={prefix} />
      {page.ok ? (
        // Keyed, so moving to another folder starts from its own first page.
        <FolderView key={`${bucket}/${prefix}`} initial={page.data} />
      ) : (
        <ErrorPanel title={`This folder could not be opened.`}>
          <p>{page.error.message}</p>
          <p className="mt-2">
            <Link href="/b" className="underline">
              Back to the buckets
            </Link>
          </p>
        </ErrorPanel>
      )}
    </>
  );
}
