// The environment that points the console at a local S3 started by scripts/local-s3.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** A secret kept in `dir`, made on first use, so sessions survive a restart of the demo. */
function persistentSecret(dir) {
  const file = path.join(dir, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(33).toString("base64"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

export function consoleEnv(conn, { dir, usersFile, extra = {} }) {
  return {
    AWS_ENDPOINT_URL_S3: conn.endpoint,
    AWS_REGION: conn.region,
    AWS_ACCESS_KEY_ID: conn.accessKeyId,
    AWS_SECRET_ACCESS_KEY: conn.secretAccessKey,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    AUTH_SECRET: persistentSecret(dir),
    S3SHARE_USERS_FILE: usersFile,
    ...extra,
  };
}
