import "server-only";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { signer } from "./client";
import { toS3Failure } from "./errors";
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

/** A presigned GET URL, signed for the public endpoint. Makes no request to the store. */
export async function presignDownload(req: PresignRequest, now: Date = new Date()): Promise<Result<PresignedUrl>> {
  try {
    const client = signer();
    const credentials = await client.config.credentials();
    const command = new GetObjectCommand({
      Bucket: req.bucket,
      Key: req.key,
      VersionId: req.versionId,
      ResponseContentDisposition: req.contentDisposition,
    });
    const url = await getSignedUrl(client, command, { expiresIn: req.expiresIn, signingDate: now });
    return { ok: true, data: { url, credentialsExpireAt: credentials.expiration } };
  } catch (err) {
    return { ok: false, error: toS3Failure(err, { bucket: req.bucket, key: req.key }) };
  }
}
