"use client";
import { formatRelative } from "@/lib/format";
import { useNow } from "@/components/ui/LocalTime";

/** "Active · expires in 3 hours" or "Expired", kept current in the viewer's browser. */
export function LinkStatus({ expiresAt }: { expiresAt: string }) {
  const now = useNow(30_000);
  if (!now) return null;
  const at = new Date(expiresAt);
  return at > now ? (
    <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">
      Active · expires {formatRelative(at, now)}
    </span>
  ) : (
    <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-700 dark:text-slate-200">Expired</span>
  );
}
