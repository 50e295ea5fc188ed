import { createHash, createHmac } from "node:crypto";

/**
 * AWS Signature V4 presigned GET URLs, computed directly: one SHA-256 of the canonical request
 * and one HMAC with a cached signing key, which is all SigV4 requires. The output is the AWS
 * SDK's getSignedUrl output byte for byte (same parameters, same order, same encoding); a test
 * holds it to that. Pure and synchronous; the caller supplies the time and the credentials.
 */

export type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * Where a bucket's objects live, as the SDK resolved it (see linkBase in presign.ts): the URL
 * up to the key, the Host header, and the region and service to sign for.
 */
export type LinkBase = { origin: string; pathPrefix: string; host: string; region: string; service: string };

/** The LinkBase of a bucket, read off any URL the SDK presigned for it (key "k"). */
export function linkBaseFromSignedUrl(signed: string): LinkBase {
  const url = new URL(signed);
  const [, , region, service] = (url.searchParams.get("X-Amz-Credential") ?? "").split("/");
  return { origin: url.origin, pathPrefix: url.pathname.slice(0, -1), host: url.host, region, service };
}

export type PresignGetInput = {
  base: LinkBase;
  key: string;
  versionId?: string;
  /** Seconds, 1 to 604800. */
  expiresIn: number;
  responseContentDisposition?: string;
  credentials: Credentials;
  now: Date;
};

const hexEncode = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** RFC 3986 encoding, as the SDK's escapeUri: encodeURIComponent plus ! ' ( ) *. */
export function escapeUri(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, hexEncode);
}

/** A key as an S3 URL path: each segment escaped, the slashes kept. */
export function escapeKeyPath(key: string): string {
  return key.split("/").map(escapeUri).join("/");
}

const signingKeys = new Map<string, Buffer>();
const MAX_SIGNING_KEYS = 50;

/** HMAC chain of date, region, service; changes once a day, so it is cached. */
export function signingKey(secret: string, shortDate: string, region: string, service: string): Buffer {
  const id = `${shortDate}\n${region}\n${service}\n${secret}`;
  let key = signingKeys.get(id);
  if (!key) {
    const kDate = createHmac("sha256", `AWS4${secret}`).update(shortDate).digest();
    const kRegion = createHmac("sha256", kDate).update(region).digest();
    const kService = createHmac("sha256", kRegion).update(service).digest();
    key = createHmac("sha256", kService).update("aws4_request").digest();
    if (signingKeys.size >= MAX_SIGNING_KEYS) signingKeys.clear();
    signingKeys.set(id, key);
  }
  return key;
}

/** "2026-12-03T17:48:05.123Z" → "20261203T174805Z". */
function longDateOf(now: Date): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

export function presignGet(input: PresignGetInput): string {
  const { base, credentials } = input;
  const longDate = longDateOf(input.now);
  const shortDate = longDate.slice(0, 8);
  const scope = `${shortDate}/${base.region}/${base.service}/aws4_request`;
  const path = base.pathPrefix + escapeKeyPath(input.key);

  // Query parameters in sorted order (upper case sorts before lower); X-Amz-Signature goes
  // between X-Amz-Security-Token and X-Amz-SignedHeaders in the URL, and not in the signed query.
  const head =
    `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD` +
    `&X-Amz-Credential=${escapeUri(`${credentials.accessKeyId}/${scope}`)}` +
    `&X-Amz-Date=${longDate}&X-Amz-Expires=${input.expiresIn}` +
    (credentials.sessionToken ? `&X-Amz-Security-Token=${escapeUri(credentials.sessionToken)}` : "");
  const tail =
    `X-Amz-SignedHeaders=host` +
    (input.responseContentDisposition !== undefined ? `&response-content-disposition=${escapeUri(input.responseContentDisposition)}` : "") +
    (input.versionId !== undefined ? `&versionId=${escapeUri(input.versionId)}` : "") +
    `&x-id=GetObject`;

  const canonicalRequest = `GET\n${path}\n${head}&${tail}\nhost:${base.host}\n\nhost\nUNSIGNED-PAYLOAD`;
  const stringToSign = `AWS4-HMAC-SHA256\n${longDate}\n${scope}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  const signature = createHmac("sha256", signingKey(credentials.secretAccessKey, shortDate, base.region, base.service))
    .update(stringToSign)
    .digest("hex");

  return `${base.origin}${path}?${head}&X-Amz-Signature=${signature}&${tail}`;
}
