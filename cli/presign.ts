import { CliError, EXIT, type Io } from "./io";
import { parse } from "./main";

const HELP = `Usage:
  s3-share presign s3://BUCKET/KEY [options]
  s3-share presign --recursive s3://BUCKET/PREFIX/ [options]

Prints a presigned GET URL, the same URL the console issues for the same inputs. Unlike
"aws s3 presign", it refuses what S3 would reject (an expiry over 7 days, a missing object), and
warns when the credentials expire before the link does.

Options:
  --expires-in SECONDS    how long the link works: 1 to 604800 (7 days); default 3600
  --version-id ID         a version of the object
  --download              the browser saves the file, under its own name, instead of showing it
  --recursive             every object under the prefix, one link a line, as they are listed
  --json                  JSON (one object per line with --recursive)
  --endpoint-url URL      the store's endpoint (AWS_ENDPOINT_URL_S3)
  --public-endpoint URL   the host the links carry (S3SHARE_PUBLIC_ENDPOINT)
  --region REGION         the region (AWS_REGION)
  --profile PROFILE       a profile of the AWS config files (AWS_PROFILE)
  -h, --help              this help
`;

const OPTIONS = {
  "expires-in": { type: "string" },
  "version-id": { type: "string" },
  download: { type: "boolean" },
  recursive: { type: "boolean" },
  json: { type: "boolean" },
  "endpoint-url": { type: "string" },
  "public-endpoint": { type: "string" },
  region: { type: "string" },
  profile: { type: "string" },
} as const;

/** "s3://bucket/some/key" → { bucket, key }. */
export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/s.exec(uri);
  if (!m) throw new CliError(`"${uri}" is not an S3 URI: write s3://BUCKET/KEY`, EXIT.usage);
  return { bucket: m[1], key: m[2] ?? "" };
}

export async function presignCommand(args: string[], io: Io): Promise<number> {
  const { values: o, positionals } = parse(args, OPTIONS);
  if (o.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError("presign takes one S3 URI; run s3-share presign --help", EXIT.usage);
  const { bucket, key } = parseS3Uri(positionals[0]);
  if (!o.recursive && !key) throw new CliError(`"${positionals[0]}" names no object: write s3://BUCKET/KEY, or use --recursive`, EXIT.usage);
  if (o.recursive && o["version-id"]) throw new CliError("--version-id names one object; it does not go with --recursive", EXIT.usage);

  // The flags are the environment variables the console reads; set them before anything reads them.
  const flagEnv: Record<string, string | undefined> = {
    AWS_ENDPOINT_URL_S3: o["endpoint-url"],
    S3SHARE_PUBLIC_ENDPOINT: o["public-endpoint"],
    AWS_REGION: o.region,
    AWS_PROFILE: o.profile,
  };
  for (const [name, value] of Object.entries(flagEnv)) if (value !== undefined) process.env[name] = value;

  const { parseExpiry } = await import("@/lib/share/expiry");
  const expiry = parseExpiry({ amount: o["expires-in"] ?? "3600", unit: "seconds" });
  if (!expiry.ok) throw new CliError(`--expires-in: ${expiry.error}`, EXIT.usage);

  const { config, ConfigError } = await import("@/lib/config");
  try {
    config();
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message, EXIT.usage);
    throw err;
  }
  const { fields } = await import("@/lib/actions/fields");
  if (!fields.bucket.safeParse(bucket).success) throw new CliError(`"${bucket}" is not a valid bucket name`, EXIT.usage);

  const request = { bucket, versionId: o["version-id"], expiresIn: expiry.seconds, download: !!o.download };
  return o.recursive ? presignAll(request, key, !!o.json, io) : presignOne({ ...request, key }, !!o.json, io);
}

type Request = { bucket: string; versionId?: string; expiresIn: number; download: boolean };

async function presignOne(req: Request & { key: string }, json: boolean, io: Io): Promise<number> {
  const { createShareLink } = await import("@/lib/share/create-link");
  const link = await createShareLink(req);
  if (!link.ok) throw new CliError(link.error.message);
  if (link.data.credentialsExpireAt) {
    io.err(
      `s3-share: warning: the credentials expire at ${link.data.credentialsExpireAt}, before the ${req.expiresIn} s asked for; ` +
        `the link stops working then.\n`,
    );
  }
  io.out(json ? JSON.stringify({ bucket: req.bucket, key: req.key, versionId: req.versionId, ...link.data }) + "\n" : link.data.url + "\n");
  return EXIT.ok;
}

/** One link per object under `prefix`, streamed as the listing pages arrive. */
async function presignAll(req: Request, prefix: string, json: boolean, io: Io): Promise<number> {
  const { createShareLink } = await import("@/lib/share/create-link");
  const { listAllUnder } = await import("@/lib/s3/list");
  let count = 0;
  let skipped = 0;
  let warned = false;
  for await (const page of listAllUnder(req.bucket, prefix)) {
    if (!page.ok) throw new CliError(page.error.message);
    for (const object of page.data) {
      const link = await createShareLink({ ...req, key: object.key });
      if (!link.ok) {
        io.err(`s3-share: skipped ${JSON.stringify(object.key)}: ${link.error.message}\n`);
        skipped++;
        continue;
      }
      if (link.data.credentialsExpireAt && !warned) {
        io.err(`s3-share: warning: the credentials expire at ${link.data.credentialsExpireAt}, before the links do; they stop working then.\n`);
        warned = true;
      }
      io.out(json ? JSON.stringify({ bucket: req.bucket, key: object.key, ...link.data }) + "\n" : link.data.url + "\n");
      count++;
    }
  }
  io.err(`s3-share: ${count} link${count === 1 ? "" : "s"}${skipped ? `, ${skipped} object(s) skipped` : ""}\n`);
  return skipped ? EXIT.failed : EXIT.ok;
}
