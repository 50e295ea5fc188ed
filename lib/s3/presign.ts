import "server-only";
import { GetObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { signer } from "./client";
import { toS3Failure } from "./errors";
import { linkBaseFromSignedUrl, presignGet, type LinkBase } from "./sigv4";
import type { Result } from "./types";

export type PresignRequest = {
  bucket: string;
  key: string;
  versionId?: string;
  /** Seconds, 1 to 604800 (SigV4's limit); callers validate first. */
  expiresIn: number;
  /** Sent back by S3 as the response's Content-Disposition. */
  contentDisposition?: string;
};

export type PresignedUrl = {
  url: string;
  /** When the credentials that signed the URL expire, if they are temporary. */
  credentialsExpireAt?: Date;
};

const bases = new Map<string, Promise<LinkBase>>();

/**
 * Where links to a bucket point, as the SDK resolves it: addressing style, regional host, custom
 * or public endpoint, signing region. Asked of the SDK once per bucket (one getSignedUrl), so the
 * endpoint rules stay the SDK's; each link after that is signed directly (sigv4.ts).
 */
export function linkBase(client: S3Client, bucket: string): Promise<LinkBase> {
  let base = bases.get(bucket);
  if (!base) {
    base = getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: "k" }), { expiresIn: 60 }).then(linkBaseFromSignedUrl);
    base.catch(() => bases.delete(bucket)); // try again next time
    bases.set(bucket, base);
  }
  return base;
}

/** A presigned GET URL, signed for the public endpoint. Makes no request to the store. */
export async function presignDownload(req: PresignRequest, now: Date = new Date()): Promise<Result<PresignedUrl>> {
  try {
    const client = signer();
    // The SDK's provider chain, memoized by the SDK: refreshed when temporary credentials near expiry.
    const [credentials, base] = await Promise.all([client.config.credentials(), linkBase(client, req.bucket)]);
    const url = presignGet({
      base,
      key: req.key,
      versionId: req.versionId,
      expiresIn: req.expiresIn,
      responseContentDisposition: req.contentDisposition,
      credentials,
      now,
    });
    return { ok: true, data: { url, credentialsExpireAt: credentials.expiration } };
  } catch (err) {
    return { ok: false, error: toS3Failure(err, { bucket: req.bucket, key: req.key }) };
  }
}
