import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * An AWS profile whose credentials come from a credential_process that reports them expiring
 * at `expiresAt`, as role, SSO and STS credentials do. Returns the env that selects it.
 */
export function expiringProfile(creds: { accessKeyId: string; secretAccessKey: string }, expiresAt: Date) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "s3share-creds-"));
  const script = path.join(dir, "credentials.mjs");
  const output = { Version: 1, AccessKeyId: creds.accessKeyId, SecretAccessKey: creds.secretAccessKey, Expiration: expiresAt.toISOString() };
  fs.writeFileSync(script, `process.stdout.write(${JSON.stringify(JSON.stringify(output))});\n`);
  const config = path.join(dir, "config");
  fs.writeFileSync(config, `[profile expiring]\ncredential_process = ${process.execPath} ${script}\n`);
  return {
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials-none"),
    AWS_PROFILE: "expiring",
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_SESSION_TOKEN: undefined,
  };
}
