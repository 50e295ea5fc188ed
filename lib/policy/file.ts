import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { MAX_EXPIRY_SECONDS } from "@/lib/share/expiry";
import { compileGlob } from "./glob";
import { ACTIONS, type Policy } from "./types";

/**
 * The policy file (YAML), e.g.
 *
 *   admins: [alice, "group:ops"]
 *   rules:
 *     - who: ["group:eng", bob]          # users, "group:NAME", or "*" for everyone signed in
 *       buckets: [reports, "logs-*"]     # glob patterns of bucket names
 *       keys: ["2024/**"]                # glob patterns of keys (default: everything)
 *       actions: [list, share]
 *       expiry: { default: 1h, max: 1d } # share links: the dialog's default and the longest allowed
 *
 * Parsing is pure: text in, Policy or PolicyError (with the file and line) out.
 */

export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyError";
  }
}

const DURATION = /^(\d+)\s*(s|m|h|d)$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** "90s", "15m", "12h", "7d" (or a number of seconds) → seconds. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : undefined;
  const m = DURATION.exec(value.trim());
  if (!m) return undefined;
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2] as keyof typeof UNIT_SECONDS];
  return seconds > 0 ? seconds : undefined;
}

const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const seconds = parseDuration(v);
  if (seconds === undefined) {
    ctx.addIssue({ code: "custom", message: `"${v}" is not a duration: write 90s, 15m, 12h or 7d` });
    return z.NEVER;
  }
  if (seconds > MAX_EXPIRY_SECONDS) {
    ctx.addIssue({ code: "custom", message: `"${v}" is longer than 7 days, the longest a presigned URL can live` });
    return z.NEVER;
  }
  return seconds;
});

const subject = z
  .string()
  .min(1)
  .refine((s) => s === "*" || /^group:.+$/.test(s) || !s.includes(":"), 'write a username, "group:NAME" or "*"');
const pattern = z.string().min(1, "a pattern cannot be empty");

const ruleSchema = z
  .object({
    description: z.string().optional(),
    who: z.array(subject).min(1, "name at least one user, group or \"*\""),
    buckets: z.array(pattern).min(1, "name at least one bucket pattern"),
    keys: z.array(pattern).min(1).default(["**"]),
    actions: z.array(z.enum(ACTIONS, { error: `unknown action: use ${ACTIONS.join(", ")}` })).min(1),
    expiry: z
      .object({ default: duration.optional(), max: duration.optional() })
      .strict()
      .refine((e) => e.default === undefined || e.max === undefined || e.default <= e.max, "default is longer than max")
      .optional(),
  })
  .strict();

const policySchema = z
  .object({
    admins: z.array(subject).default([]),
    rules: z.array(ruleSchema).default([]),
  })
  .strict();

export function parsePolicy(text: string, fileName: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new PolicyError(`${fileName}:${lineOf(e.pos[0])}: ${e.message.split("\n")[0]}`);
  }
  const parsed = policySchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      // The line of the deepest node the issue's path reaches.
      let line: number | undefined;
      for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
        const node = doc.getIn(issue.path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) line = lineOf(node.range[0]);
      }
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      const message = issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}` : issue.message;
      return `${fileName}${line ? `:${line}` : ""}: ${where}${message}`;
    });
    throw new PolicyError(problems.join("\n"));
  }

  return {
    admins: parsed.data.admins,
    rules: parsed.data.rules.map((r) => ({
      description: r.description,
      who: r.who,
      buckets: r.buckets.map(compileGlob),
      keys: r.keys.map(compileGlob),
      actions: r.actions,
      expiry: r.expiry ?? {},
    })),
  };
}
