import type { S3Failure } from "./types";

type Context = { bucket?: string; key?: string };

/**
 * Turns anything the SDK throws into a failure a person understands. Never includes a URL,
 * a credential or a stack trace.
 */
export function toS3Failure(err: unknown, ctx: Context = {}): S3Failure {
  const e = (err ?? {}) as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const name = e.name ?? "";
  const code = e.code ?? "";
  const status = e.$metadata?.httpStatusCode;
  const what = ctx.key !== undefined ? `"${ctx.key}" in bucket "${ctx.bucket}"` : `bucket "${ctx.bucket}"`;

  if (name === "NoSuchBucket") return noSuchBucket(ctx);
  if (name === "NoSuchKey" || name === "NoSuchVersion") return noSuchKey(what);
  // HEAD answers carry no error body: only the status tells.
  if (name === "NotFound" || status === 404) return ctx.key === undefined ? noSuchBucket(ctx) : noSuchKey(what);
  if (name === "AccessDenied" || name === "Forbidden" || name === "AllAccessDisabled" || (status === 403 && !CREDENTIAL_ERRORS.includes(name))) {
    return { code: "AccessDenied", message: `Access denied to ${ctx.bucket ? what : "the store"}: the console's credentials lack permission.` };
  }
  if (CREDENTIAL_ERRORS.includes(name)) return invalidCredentials();
  if (name === "CredentialsProviderError" || /Could not load credentials/i.test(e.message ?? "")) {
    return { code: "NoCredentials", message: "No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE." };
  }
  if (name === "TimeoutError" || code === "ETIMEDOUT" || /timed? ?out/i.test(e.message ?? "")) {
    return { code: "Timeout", message: "The storage service did not answer in time. Try again in a moment." };
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"].includes(code)) {
    return { code: "Unreachable", message: "The storage service cannot be reached. Try again in a moment." };
  }
  if (/Region is missing/i.test(e.message ?? "")) {
    return { code: "Unknown", message: "No S3 region is configured: set AWS_REGION." };
  }
  return { code: "Unknown", message: `The storage service returned an error${name ? ` (${name})` : ""}.` };
}

const CREDENTIAL_ERRORS = ["InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken"];

function noSuchBucket(ctx: Context): S3Failure {
  return { code: "NoSuchBucket", message: ctx.bucket ? `Bucket "${ctx.bucket}" does not exist.` : "The bucket does not exist." };
}

function noSuchKey(what: string): S3Failure {
  return { code: "NoSuchKey", message: `The object ${what} does not exist (it may have been deleted).` };
}

function invalidCredentials(): S3Failure {
  return { code: "InvalidCredentials", message: "The storage service rejected the console's credentials." };
}
