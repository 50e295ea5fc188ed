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

  if (name === "NoSuchBucket" || (status === 404 && ctx.key === undefined)) {
    return { code: "NoSuchBucket", message: `Bucket "${ctx.bucket}" does not exist.` };
  }
  if (name === "NoSuchKey" || name === "NotFound" || name === "NoSuchVersion" || status === 404) {
    return { code: "NoSuchKey", message: `The object ${what} does not exist (it may have been deleted).` };
  }
  if (name === "AccessDenied" || name === "Forbidden" || name === "AllAccessDisabled" || status === 403) {
    if (name === "InvalidAccessKeyId" || name === "SignatureDoesNotMatch") return invalidCredentials();
    return { code: "AccessDenied", message: `Access denied to ${ctx.bucket ? what : "the store"}: the console's credentials lack permission.` };
  }
  if (name === "InvalidAccessKeyId" || name === "SignatureDoesNotMatch" || name === "InvalidToken" || name === "ExpiredToken") {
    return invalidCredentials();
  }
  if (name === "CredentialsProviderError" || /Could not load credentials/i.test(e.message ?? "")) {
    return { code: "NoCredentials", message: "The console has no S3 credentials: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE." };
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

function invalidCredentials(): S3Failure {
  return { code: "InvalidCredentials", message: "The storage service rejected the console's credentials." };
}
