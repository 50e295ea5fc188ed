import type { Glob } from "./glob";

/** What a rule can grant; later: managed links, upload links. */
export const ACTIONS = ["list", "share"] as const;
export type Action = (typeof ACTIONS)[number];

export type Rule = {
  description?: string;
  /** Usernames, "group:NAME", or "*" for everyone signed in. */
  who: string[];
  buckets: Glob[];
  keys: Glob[];
  actions: Action[];
  /** Seconds; for share links. */
  expiry: { default?: number; max?: number };
};

export type Policy = {
  /** May do everything, and see everyone's activity. */
  admins: string[];
  rules: Rule[];
};
