import "server-only";
import path from "node:path";
import { z } from "zod";

/**
 * The console's configuration: environment → one typed, validated object, read once.
 *
 * S3 follows the AWS SDK's own conventions (credentials and region from the default provider
 * chain; a custom endpoint from AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL). Settings of this
 * project carry the S3SHARE_ prefix and are documented in the README.
 */
export type Config = {
  s3: {
    /** Where the console reaches the store; undefined = the provider's default (AWS). */
    endpoint?: string;
    /** Host used in the links people receive, when it differs from `endpoint`. */
    publicEndpoint?: string;
    region?: string;
    forcePathStyle: boolean;
    /** Buckets to show when the credentials may not call ListBuckets. */
    buckets?: string[];
    timeoutMs: number;
    maxAttempts: number;
    /** How long an object seen in a listing counts as existing when it is shared (0: always ask). */
    knownObjectsSeconds: number;
  };
  pageSize: number;
  usersFile: string;
  policyFile: string;
  /** SQLite database of the audit log. */
  dbFile: string;
  /** Take the client IP from X-Forwarded-For's first entry (behind a reverse proxy you run). */
  trustProxy: boolean;
  sessionMaxAgeSeconds: number;
};

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const httpUrl = z
  .string()
  .trim()
  .transform((value, ctx) => {
    try {
      const url = new URL(value);
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
      if (url.search || url.hash) {
        ctx.addIssue({ code: "custom", message: "must not have a query or fragment" });
        return z.NEVER;
      }
      return url.toString().replace(/\/$/, "");
    } catch {
      ctx.addIssue({ code: "custom", message: `must be an http(s) URL such as https://s3.example.com, got "${value}"` });
      return z.NEVER;
    }
  });

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ["true", "false", "1", "0", "yes", "no"].includes(v), "must be true or false")
  .transform((v) => ["true", "1", "yes"].includes(v));

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

// S3 bucket naming rules (3–63 chars, lowercase letters, digits, dots, hyphens); periods and
// underscores in legacy buckets are allowed so existing stores keep working.
const bucketName = /^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/i;

const envSchema = z.object({
  AWS_ENDPOINT_URL_S3: httpUrl.optional(),
  AWS_ENDPOINT_URL: httpUrl.optional(),
  AWS_REGION: z.string().trim().min(1).optional(),
  AWS_DEFAULT_REGION: z.string().trim().min(1).optional(),
  AWS_MAX_ATTEMPTS: int(1, 10).optional(),
  S3SHARE_PUBLIC_ENDPOINT: httpUrl.optional(),
  S3SHARE_FORCE_PATH_STYLE: bool.optional(),
  S3SHARE_BUCKETS: z
    .string()
    .transform((v) => v.split(",").map((b) => b.trim()).filter(Boolean))
    .refine((list) => list.every((b) => bucketName.test(b)), "must be a comma-separated list of bucket names")
    .optional(),
  S3SHARE_S3_TIMEOUT_MS: int(100, 120_000).optional(),
  S3SHARE_KNOWN_OBJECTS_SECONDS: int(0, 3600).optional(),
  S3SHARE_PAGE_SIZE: int(1, 1000).optional(),
  S3SHARE_USERS_FILE: z.string().trim().min(1).optional(),
  S3SHARE_SESSION_HOURS: int(1, 24 * 30).optional(),
  S3SHARE_POLICY_FILE: z.string().trim().min(1).optional(),
  S3SHARE_DB: z.string().trim().min(1).optional(),
  S3SHARE_TRUST_PROXY: bool.optional(),
});

const authSecret = z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 33)");

function dataPath(file: string) {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/**
 * Parses an environment; throws ConfigError listing every problem at once. The web console needs
 * AUTH_SECRET (Auth.js signs sessions with it); the command line, which has no sessions, does not.
 */
export function parseConfig(env: Record<string, string | undefined>, { requireAuthSecret = true } = {}): Config {
  // An empty variable means "unset", as in a shell `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const schema = envSchema.extend({ AUTH_SECRET: requireAuthSecret ? authSecret : authSecret.optional() });
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const endpoint = e.AWS_ENDPOINT_URL_S3 ?? e.AWS_ENDPOINT_URL;
  return {
    s3: {
      endpoint,
      publicEndpoint: e.S3SHARE_PUBLIC_ENDPOINT,
      region: e.AWS_REGION ?? e.AWS_DEFAULT_REGION,
      // Self-hosted stores (MinIO, Ceph, Swift) rarely have wildcard DNS for virtual-hosted buckets.
      forcePathStyle: e.S3SHARE_FORCE_PATH_STYLE ?? endpoint !== undefined,
      buckets: e.S3SHARE_BUCKETS?.length ? e.S3SHARE_BUCKETS : undefined,
      timeoutMs: e.S3SHARE_S3_TIMEOUT_MS ?? 5000,
      maxAttempts: e.AWS_MAX_ATTEMPTS ?? 2,
      knownObjectsSeconds: e.S3SHARE_KNOWN_OBJECTS_SECONDS ?? 30,
    },
    pageSize: e.S3SHARE_PAGE_SIZE ?? 200,
    usersFile: dataPath(e.S3SHARE_USERS_FILE ?? "data/users.json"),
    policyFile: dataPath(e.S3SHARE_POLICY_FILE ?? "data/policy.yaml"),
    dbFile: dataPath(e.S3SHARE_DB ?? "data/console.db"),
    trustProxy: e.S3SHARE_TRUST_PROXY ?? false,
    sessionMaxAgeSeconds: (e.S3SHARE_SESSION_HOURS ?? 12) * 3600,
  };
}

let cached: Config | undefined;

/** The configuration of this process, parsed on first use (the console's start-up checks AUTH_SECRET too). */
export function config(): Config {
  cached ??= parseConfig(process.env, { requireAuthSecret: false });
  return cached;
}
