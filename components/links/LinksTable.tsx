import Link from "next/link";
import type { ShareRecord } from "@/lib/db/queries";
import { folderHref } from "@/lib/keys";
import { describeDuration } from "@/lib/share/expiry";
import { LocalTime } from "@/components/ui/LocalTime";
import { LinkStatus } from "./LinkStatus";

/** Issued links, newest first. The links themselves are never stored, so never shown. */
export function LinksTable({ links, showWho }: { links: ShareRecord[]; showWho: boolean }) {
  if (links.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-500 dark:border-slate-700">
        No links match.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Created</th>
            {showWho && <th scope="col" className="px-3 py-2 font-medium">User</th>}
            <th scope="col" className="px-3 py-2 font-medium">Object</th>
            <th scope="col" className="px-3 py-2 font-medium">Expires</th>
            {showWho && <th scope="col" className="px-3 py-2 font-medium">From</th>}
          </tr>
        </thead>
        <tbody>
          {links.map((l) => {
            const cut = l.key.lastIndexOf("/", l.key.length - 2) + 1;
            return (
              <tr key={l.id} className="border-t border-slate-200 align-top dark:border-slate-700">
                <td className="whitespace-nowrap px-3 py-2">
                  <LocalTime iso={l.createdAt} />
                </td>
                {showWho && <td className="px-3 py-2 font-medium">{l.username}</td>}
                <td className="px-3 py-2">
                  <Link href={folderHref(l.bucket, l.key.slice(0, cut))} className="text-sky-700 hover:underline dark:text-sky-300">
                    {l.bucket}
                  </Link>
                  <span className="text-slate-400"> / </span>
                  <span className="break-all font-mono text-xs">{l.key}</span>
                  <div className="mt-0.5 text-xs text-slate-500">
                    {describeDuration(l.expiresIn)}
                    {l.download && " · download as file"}
                    {l.versionId && ` · version ${l.versionId}`}
                  </div>
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <LocalTime iso={l.expiresAt} />
                  <div className="mt-1">
                    <LinkStatus expiresAt={l.expiresAt} />
                  </div>
                  {l.expiresAt !== l.requestedExpiresAt && (
                    <div className="mt-1 text-xs text-amber-700 dark:text-amber-300" title="The signing credentials expired first">
                      cut short by credentials
                    </div>
                  )}
                </td>
                {showWho && (
                  <td className="max-w-56 px-3 py-2 text-xs text-slate-500">
                    <div>{l.clientIp ?? "—"}</div>
                    <div className="truncate" title={l.userAgent ?? ""}>
                      {l.userAgent ?? ""}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
