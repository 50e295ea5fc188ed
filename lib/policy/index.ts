import type { User } from "@/lib/auth/users";
import { DEFAULT_EXPIRY_SECONDS, MAX_EXPIRY_SECONDS } from "@/lib/share/expiry";
import type { Action, Policy, Rule } from "./types";

export type { Action, Policy } from "./types";

/**
 * Who may do what: pure functions of the user, the policy and the request. Deny by default:
 * nothing is allowed unless a rule grants it (or the user is an admin).
 */
export type PolicyContext = {
  policy: Policy;
  /** The configured bucket list (S3SHARE_BUCKETS), if any: nothing outside it is reachable, for anyone. */
  buckets?: string[];
};

function isSubject(user: User, subjects: string[]): boolean {
  return subjects.some(
    (s) => s === "*" || s === user.username || (s.startsWith("group:") && user.groups.includes(s.slice("group:".length))),
  );
}

export function isAdmin(user: User, ctx: PolicyContext): boolean {
  return isSubject(user, ctx.policy.admins);
}

function inScope(bucket: string, ctx: PolicyContext) {
  return !ctx.buckets || ctx.buckets.includes(bucket);
}

function grants(user: User, action: Action, bucket: string, ctx: PolicyContext): Rule[] {
  return ctx.policy.rules.filter((r) => r.actions.includes(action) && isSubject(user, r.who) && r.buckets.some((g) => g.matches(bucket)));
}

/** May `user` do `action` on the object `key` of `bucket`? */
export function may(user: User, action: Action, bucket: string, key: string, ctx: PolicyContext): boolean {
  if (!inScope(bucket, ctx)) return false;
  if (isAdmin(user, ctx)) return true;
  return grants(user, action, bucket, ctx).some((r) => r.keys.some((g) => g.matches(key)));
}

/** May `user` list anything at or under `prefix` ("" = the bucket)? Decides what folders and buckets appear. */
export function mayListUnder(user: User, bucket: string, prefix: string, ctx: PolicyContext): boolean {
  if (!inScope(bucket, ctx)) return false;
  if (isAdmin(user, ctx)) return true;
  return grants(user, "list", bucket, ctx).some((r) => r.keys.some((g) => g.matchesSomethingUnder(prefix)));
}

export type ShareLimits = { defaultSeconds: number; maxSeconds: number };

/**
 * How long `user`'s links to `key` may live, or undefined if they may not share it. Where several
 * rules grant sharing, the most generous maximum wins, with that rule's default.
 */
export function shareLimits(user: User, bucket: string, key: string, ctx: PolicyContext): ShareLimits | undefined {
  if (!inScope(bucket, ctx)) return undefined;
  if (isAdmin(user, ctx)) return { defaultSeconds: DEFAULT_EXPIRY_SECONDS, maxSeconds: MAX_EXPIRY_SECONDS };
  let best: ShareLimits | undefined;
  for (const r of grants(user, "share", bucket, ctx)) {
    if (!r.keys.some((g) => g.matches(key))) continue;
    const maxSeconds = r.expiry.max ?? MAX_EXPIRY_SECONDS;
    const defaultSeconds = Math.min(r.expiry.default ?? DEFAULT_EXPIRY_SECONDS, maxSeconds);
    if (!best || maxSeconds > best.maxSeconds) best = { defaultSeconds, maxSeconds };
  }
  return best;
}
