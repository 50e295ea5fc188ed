/** Shown while a folder's first page loads. */
export default function LoadingFolder() {
  return (
    <div aria-busy="true" aria-label="Loading folder" className="space-y-3">
      <div className="h-5 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-9 w-80 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t border-slate-200 px-3 py-3 first:border-t-0 dark:border-slate-700">
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-4 w-16 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-4 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          </div>
        ))}
      </div>
    </div>
  );
}
