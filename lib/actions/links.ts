"use server";
import { z } from "zod";
import { listShares, shareFacets, type ShareRecord } from "@/lib/db/queries";
import { LINKS_PAGE_SIZE, parseLinkFilters } from "@/lib/links/filters";
import { defineAction } from "./define";

const query = z.object({
  bucket: z.string().max(255).optional(),
  q: z.string().max(1024).optional(),
  user: z.string().max(64).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  before: z.string().max(16).optional(),
});

export type LinksPage = {
  links: ShareRecord[];
  /** Cursor of the next (older) page, if any. */
  nextBefore?: number;
  facets: { users: string[]; buckets: string[] };
};

function page(sp: z.infer<typeof query>, onlyUser?: string): LinksPage {
  const { filter, before } = parseLinkFilters(sp);
  if (onlyUser) filter.username = onlyUser;
  const rows = listShares(filter, { limit: LINKS_PAGE_SIZE + 1, beforeId: before });
  const links = rows.slice(0, LINKS_PAGE_SIZE);
  return {
    links,
    nextBefore: rows.length > LINKS_PAGE_SIZE ? links.at(-1)!.id : undefined,
    facets: shareFacets(onlyUser),
  };
}

/** The links the signed-in user issued, newest first. */
export const myLinksAction = defineAction({
  name: "myLinks",
  input: query,
  requires: () => ({ signedIn: true }),
  async run(sp, { user }) {
    return { ok: true, data: page(sp, user.username) };
  },
});

/** Everyone's links, for admins. */
export const activityAction = defineAction({
  name: "activity",
  input: query,
  requires: () => ({ admin: true }),
  async run(sp) {
    return { ok: true, data: page(sp) };
  },
});
