/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export function LinkFilters({
  form,
  buckets,
  users,
  exportHref,
}: {
  form: { bucket: string; q: string; user: string; from: string; to: string };
  buckets: string[];
  users?: string[];
  exportHref?: string;
}) {
  const field = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-800";
  const label = "flex flex-col gap-1 text-sm font-medium";
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
      {users && (
        <label className={label}>
          User
          <select name="user" defaultValue={form.user} className={field}>
            <option value="">Everyone</option>
            {users.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
      )}
      <label className={label}>
        Bucket
        <select name="bucket" defaultValue={form.bucket} className={field}>
          <option value="">All buckets</option>
          {buckets.map((b) => (
            <option key={b}>{b}</option>
          ))}
        </select>
      </label>
      <label className={label}>
        Name contains
        <input name="q" defaultValue={form.q} className={`${field} w-48`} />
      </label>
      {users && (
        <>
          <label className={label}>
            From (UTC)
            <input type="date" name="from" defaultValue={form.from} className={field} />
          </label>
          <label className={label}>
            To (UTC)
            <input type="date" name="to" defaultValue={form.to} className={field} />
          </label>
        </>
      )}
      <button type="submit" className="rounded-md bg-sky-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-sky-700">
        Filter
      </button>
      {exportHref && (
        <a href={exportHref} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
          Export CSV
        </a>
      )}
    </form>
  );
}
