import type { ShareFilter } from "@/lib/db/queries";

export const LINKS_PAGE_SIZE = 50;

export type SearchParams = Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function one(v: string | string[] | undefined): string | undefined {
  const s = typeof v === "string" ? v.trim() : undefined;
  return s ? s.slice(0, 1024) : undefined;
}

function day(v: string | string[] | undefined): string | undefined {
  const s = one(v);
  return s && DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ? s : undefined;
}

/**
 * The filters of the link pages, from their query string: bucket, q (part of the key), user,
 * from and to (days, UTC, both inclusive), before (id cursor). Anything malformed is ignored.
 */
export function parseLinkFilters(sp: SearchParams) {
  const from = day(sp.from);
  const to = day(sp.to);
  const before = one(sp.before);
  const filter: ShareFilter = {
    bucket: one(sp.bucket),
    keyContains: one(sp.q),
    username: one(sp.user),
    from: from && `${from}T00:00:00.000Z`,
    // "to" is inclusive: everything before the start of the next day
    to: to && new Date(Date.parse(`${to}T00:00:00Z`) + 86400_000).toISOString(),
  };
  return {
    filter,
    form: { bucket: filter.bucket ?? "", q: filter.keyContains ?? "", user: filter.username ?? "", from: from ?? "", to: to ?? "" },
    before: before && /^\d{1,15}$/.test(before) ? Number(before) : undefined,
  };
}

/** The query string of the same filters, plus `extra`; empty values left out. */
export function linkQuery(form: Record<string, string>, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...form, ...extra })) if (v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}
