import "server-only";
import { z } from "zod";
import { currentUser } from "@/lib/auth/auth";
import type { User } from "@/lib/auth/users";
import { log } from "@/lib/log";
import { isAdmin, may, mayListUnder, type Action, type PolicyContext } from "@/lib/policy";
import { policyContext } from "@/lib/policy/load";

export type ActionError = { code: "unauthenticated" | "invalid" | "forbidden" | "failed"; message: string };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * The policy question a call asks: an action on one object (`key`), listing at or under a
 * folder (`under`), anything a signed-in user may do (`signedIn`), or admin only.
 */
export type Need =
  | { action: Action; bucket: string; key: string; denied: string }
  | { action: "list"; bucket: string; under: string; denied: string }
  | { signedIn: true }
  | { admin: true };

export type ActionContext = { user: User; policy: PolicyContext };

type Definition<S extends z.ZodType, T> = {
  /** For logs: "listFolder", "createShareLink". */
  name: string;
  input: S;
  requires: (input: z.infer<S>) => Need;
  run: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>>;
};

function allowed(need: Need, ctx: ActionContext): boolean {
  if ("signedIn" in need) return true;
  if ("admin" in need) return isAdmin(ctx.user, ctx.policy);
  if ("under" in need) return mayListUnder(ctx.user, need.bucket, need.under, ctx.policy);
  return may(ctx.user, need.action, need.bucket, need.key, ctx.policy);
}

export const fail = (code: ActionError["code"], message: string): { ok: false; error: ActionError } => ({
  ok: false,
  error: { code, message },
});

/**
 * The one way in for every server action. A server action is a public HTTP endpoint, so each call
 * goes, in order: session → input parse → policy → work → log → typed result. Nothing throws to
 * the client; an unexpected error is logged and answered with a generic message.
 */
export function defineAction<S extends z.ZodType, T>(def: Definition<S, T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const started = Date.now();
    const user = await currentUser();
    if (!user) return fail("unauthenticated", "You are signed out. Sign in again to continue.");

    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      return fail("invalid", parsed.error.issues[0]?.message ?? "Invalid request.");
    }
    const input = parsed.data;
    const need = def.requires(input);
    const where = "bucket" in need ? { bucket: need.bucket, key: "key" in need ? need.key : need.under } : {};

    try {
      const ctx = { user, policy: policyContext() };
      if (!allowed(need, ctx)) {
        log.warn("action.denied", { action: def.name, user: user.username, ...where });
        return fail("forbidden", "denied" in need ? need.denied : "Only administrators may do this.");
      }
      const result = await def.run(input, ctx);
      log.info("action", {
        action: def.name,
        user: user.username,
        ...where,
        ok: result.ok,
        error: result.ok ? undefined : result.error.code,
        ms: Date.now() - started,
      });
      return result;
    } catch (err) {
      log.error("action.crash", { action: def.name, user: user.username, error: (err as Error)?.message });
      return fail("failed", "Something went wrong on the server. Try again.");
    }
  };
}
