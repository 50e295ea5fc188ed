"use client";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { listFolderAction } from "@/lib/actions/browse";
import { folderHref } from "@/lib/keys";
import type { FolderEntry, FolderPage, ObjectEntry } from "@/lib/s3/types";
import { Button } from "@/components/ui/Button";
import { LocalTime } from "@/components/ui/LocalTime";
import { Spinner } from "@/components/ui/Spinner";
import { ShareDialog, type ShareTarget } from "@/components/share/ShareDialog";
import { ObjectDetailsDialog } from "./ObjectDetailsDialog";
import { Size } from "./Size";
import { InlineError } from "@/components/ui/InlineError";

type SortKey = "name" | "size" | "lastModified";
type Sort = { key: SortKey; descending: boolean };

/** The listing's own order (S3's, by UTF-8 bytes) is "name ascending". */
function sortObjects(objects: ObjectEntry[], sort: Sort): ObjectEntry[] {
  const sorted =
    sort.key === "name"
      ? [...objects]
      : [...objects].sort((a, b) =>
          sort.key === "size" ? a.size - b.size : a.lastModified.localeCompare(b.lastModified),
        );
  return sort.descending ? sorted.reverse() : sorted;
}

function displayName(name: string) {
  return name === "" ? <em className="text-slate-500">(empty name)</em> : name;
}

/** Decomposed (NFD) names look like their NFC twins; a badge tells them apart. */
function NfdBadge({ name }: { name: string }) {
  if (name === name.normalize("NFC")) return null;
  return (
    <span
      title="This name is in decomposed Unicode (NFD); another item may look the same"
      className="ml-2 rounded bg-slate-200 px-1 text-xs text-slate-700 dark:bg-slate-700 dark:text-slate-200"
    >
      NFD
    </span>
  );
}

export function FolderView({ initial }: { initial: FolderPage }) {
  const { bucket, prefix } = initial;
  const [folders, setFolders] = useState<FolderEntry[]>(initial.folders);
  const [objects, setObjects] = useState<ObjectEntry[]>(initial.objects);
  const [nextToken, setNextToken] = useState(initial.nextToken);
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<Sort>({ key: "name", descending: false });
  const [loading, setLoading] = useState<"more" | "filter" | null>(null);
  const [error, setError] = useState<string>();
  const [details, setDetails] = useState<{ bucket: string; key: string } | null>(null);
  const [share, setShare] = useState<ShareTarget | null>(null);
  const request = useRef(0);
  const firstFilter = useRef(true);

  async function load(startsWith: string, token: string | undefined) {
    const id = ++request.current;
    setLoading(token ? "more" : "filter");
    setError(undefined);
    try {
      const r = await listFolderAction({ bucket, prefix, startsWith: startsWith || undefined, token });
      if (id !== request.current) return; // a newer request superseded this one
      if (!r.ok) {
        setError(r.error.message);
        return;
      }
      setFolders((f) => (token ? [...f, ...r.data.folders] : r.data.folders));
      setObjects((o) => (token ? [...o, ...r.data.objects] : r.data.objects));
      setNextToken(r.data.nextToken);
    } catch {
      if (id === request.current) setError("The console could not be reached. Check your connection and try again.");
    } finally {
      if (id === request.current) setLoading(null);
    }
  }

  // Filtering asks the store for names starting with the text: it scales to any folder size.
  useEffect(() => {
    if (firstFilter.current) {
      firstFilter.current = false;
      return;
    }
    const t = setTimeout(() => load(filter, undefined), 250);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const sortedObjects = useMemo(() => sortObjects(objects, sort), [objects, sort]);
  const sortedFolders = sort.key === "name" && sort.descending ? [...folders].reverse() : folders;
  const empty = folders.length === 0 && objects.length === 0;

  function header(key: SortKey, label: string, className = "") {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
        className={`px-3 py-2 font-medium ${className}`}
      >
        <button
          type="button"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key !== "name" })}
          className="inline-flex items-center gap-1 rounded hover:text-slate-900 dark:hover:text-white"
        >
          {label}
          <span aria-hidden="true" className={active ? "" : "invisible"}>
            {sort.descending ? "↓" : "↑"}
          </span>
        </button>
      </th>
    );
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">Filter by name</span>
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="Names starting with…"
            className="w-64 rounded-md border border-slate-300 bg-white px-3 py-1.5 dark:border-slate-600 dark:bg-slate-800"
          />
        </label>
        {loading === "filter" && <Spinner className="text-slate-400" />}
        <p className="ml-auto text-sm text-slate-500 dark:text-slate-400" aria-live="polite">
          {folders.length + objects.length} {folders.length + objects.length === 1 ? "item" : "items"} shown
          {nextToken ? " · more in this folder" : ""}
          {nextToken && sort.key !== "name" ? " · sorted among those loaded" : ""}
        </p>
      </div>

      {error && (
        <InlineError>{error}</InlineError>
      )}

      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Contents of {prefix || bucket}</caption>
          <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            <tr>
              {header("name", "Name", "w-full")}
              {header("size", "Size", "text-right")}
              {header("lastModified", "Last modified")}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sortedFolders.map((f) => (
              <tr key={`d:${f.prefix}`} className="border-t border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800/60">
                <td className="px-3 py-2">
                  <Link href={folderHref(bucket, f.prefix)} className="inline-flex items-center gap-2 break-all font-medium text-sky-700 hover:underline dark:text-sky-300">
                    <FolderIcon />
                    <span>{displayName(f.name)}/</span>
                  </Link>
                  <NfdBadge name={f.name} />
                </td>
                <td className="px-3 py-2 text-right text-slate-400">—</td>
                <td className="px-3 py-2 text-slate-400">—</td>
                <td className="px-3 py-2" />
              </tr>
            ))}
            {sortedObjects.map((o) => (
              <tr key={`o:${o.key}`} className="border-t border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800/60">
                <td className="px-3 py-2">
                  <button
                    type="button"
                    onClick={() => setDetails({ bucket, key: o.key })}
                    title={`Details of ${o.key}`}
                    className="inline-flex items-center gap-2 break-all text-left hover:underline"
                  >
                    <FileIcon />
                    <span>{displayName(o.name)}</span>
                  </button>
                  <NfdBadge name={o.name} />
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right">
                  <Size bytes={o.size} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <LocalTime iso={o.lastModified} />
                </td>
                <td className="px-3 py-2 text-right">
                  {o.canShare && (
                    <Button size="sm" onClick={() => setShare({ bucket, key: o.key })}>
                      Share
                    </Button>
                  )}
                </td>
              </tr>
            ))}
            {empty && (
              <tr>
                <td colSpan={4} className="px-3 py-10 text-center text-slate-500">
                  {filter ? `Nothing here starts with “${filter}”.` : "This folder is empty."}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      {nextToken && (
        <div className="flex justify-center">
          <Button onClick={() => load(filter, nextToken)} busy={loading === "more"}>
            Load more
          </Button>
        </div>
      )}

      <ObjectDetailsDialog target={details} onClose={() => setDetails(null)} onShare={setShare} />
      <ShareDialog target={share} onClose={() => setShare(null)} />
    </div>
  );
}

function FolderIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-4 shrink-0 text-amber-500" aria-hidden="true" fill="currentColor">
      <path d="M2 5a2 2 0 012-2h4l2 2h6a2 2 0 012 2v8a2 2 0 01-2 2H4a2 2 0 01-2-2V5z" />
    </svg>
  );
}

function FileIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-4 shrink-0 text-slate-400" aria-hidden="true" fill="currentColor">
      <path d="M5 2a2 2 0 00-2 2v12a2 2 0 002 2h10a2 2 0 002-2V7l-5-5H5z" />
    </svg>
  );
}
