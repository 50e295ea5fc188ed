import "server-only";
import { fileNameOf, unshareableReason } from "@/lib/keys";
import { knownObjects } from "@/lib/s3/client";
import { headObject } from "@/lib/s3/head";
import { presignDownload } from "@/lib/s3/presign";
import type { Result, ShareLink } from "@/lib/s3/types";
import { attachmentDisposition } from "./content-disposition";
import { effectiveExpiry } from "./expiry";

export type ShareRequest = {
  bucket: string;
  key: string;
  versionId?: string;
  /** Already validated: 1 to 604800. */
  expiresIn: number;
  /** Ask S3 to send the object as an attachment named after the key. */
  download: boolean;
};

/**
 * A presigned GET link for an object that exists. The object is checked first (HEAD, unless just
 * seen) so that a deleted key or version gets a clear error now rather than a 404 for the person
 * who opens the link.
 */
export async function createShareLink(req: ShareRequest, now: Date = new Date()): Promise<Result<ShareLink>> {
  const reason = unshareableReason(req.key);
  if (reason) return { ok: false, error: { code: "InvalidKey", message: reason } };

  // Asked of the store unless a listing or HEAD has just shown the object (see known-objects.ts).
  if (!knownObjects().has(req.bucket, req.key, req.versionId)) {
    const head = await headObject(req.bucket, req.key, req.versionId);
    if (!head.ok) return head;
  }

  const signed = await presignDownload(
    {
      bucket: req.bucket,
      key: req.key,
      versionId: req.versionId,
      expiresIn: req.expiresIn,
      contentDisposition: req.download ? attachmentDisposition(fileNameOf(req.key)) : undefined,
    },
    now,
  );
  if (!signed.ok) return signed;

  const { requested, effective, cutShort } = effectiveExpiry(now, req.expiresIn, signed.data.credentialsExpireAt);
  return {
    ok: true,
    data: {
      url: signed.data.url,
      expiresAt: effective.toISOString(),
      requestedExpiresAt: requested.toISOString(),
      credentialsExpireAt: cutShort ? effective.toISOString() : undefined,
    },
  };
}
