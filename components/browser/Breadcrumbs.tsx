import Link from "next/link";
import { breadcrumbs, folderHref } from "@/lib/keys";

export function Breadcrumbs({ bucket, prefix }: { bucket?: string; prefix?: string }) {
  const trail: { label: string; href: string }[] = [{ label: "Buckets", href: "/b" }];
  if (bucket) {
    trail.push({ label: bucket, href: folderHref(bucket) });
    for (const crumb of breadcrumbs(prefix ?? "")) {
      trail.push({ label: crumb.name || "(empty name)", href: folderHref(bucket, crumb.prefix) });
    }
  }
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600 dark:text-slate-300">
        {trail.map((c, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={c.href} className="flex min-w-0 items-center gap-1">
              {i > 0 && (
                <span aria-hidden="true" className="text-slate-400">
                  /
                </span>
              )}
              {last ? (
                <span aria-current="page" className="break-all font-semibold text-slate-900 dark:text-white">
                  {c.label}
                </span>
              ) : (
                <Link href={c.href} className="break-all rounded text-sky-700 hover:underline dark:text-sky-300">
                  {c.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
