import type { User } from "@/lib/auth/users";

/** What a person may do; later issues add managed links, upload links and admin. */
export type Action = "list" | "share";

export type PolicyContext = {
  /** The configured bucket list (S3SHARE_BUCKETS), if any: nothing outside it is reachable. */
  buckets?: string[];
};

/**
 * May `user` do `action` on `bucket` (and `key`)? Pure: the same inputs give the same answer.
 *
 * Today every signed-in user may list and share whatever the console's credentials reach,
 * within the configured bucket list when there is one. Per-user rules come with the access-policy issue.
 */
export function may(user: User, action: Action, bucket: string | undefined, ctx: PolicyContext): boolean {
  if (!user.username) return false;
  if (bucket !== undefined && ctx.buckets && !ctx.buckets.includes(bucket)) return false;
  return action === "list" || action === "share";
}
