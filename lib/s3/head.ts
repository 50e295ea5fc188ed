import "server-only";
import { GetBucketVersioningCommand, HeadObjectCommand, ListObjectVersionsCommand } from "@aws-sdk/client-s3";
import { knownObjects, s3 } from "./client";
import { toS3Failure } from "./errors";
import type { ObjectDetails, ObjectVersion, Result } from "./types";

/** Versions listed in the details view; older ones are rarely what someone wants to share. */
const MAX_VERSIONS = 100;

/** HEAD of one object (or one version of it). */
export async function headObject(bucket: string, key: string, versionId?: string): Promise<Result<ObjectDetails>> {
  try {
    const out = await s3().send(new HeadObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
    knownObjects().remember(bucket, key, versionId);
    return {
      ok: true,
      data: {
        bucket,
        key,
        size: out.ContentLength ?? 0,
        lastModified: (out.LastModified ?? new Date(0)).toISOString(),
        contentType: out.ContentType ?? "application/octet-stream",
        etag: out.ETag ?? "",
        // S3 omits the header for STANDARD.
        storageClass: out.StorageClass ?? "STANDARD",
        versionId: out.VersionId && out.VersionId !== "null" ? out.VersionId : versionId,
      },
    };
  } catch (err) {
    knownObjects().forget(bucket, key, versionId);
    return { ok: false, error: toS3Failure(err, { bucket, key }) };
  }
}

/** The object's versions, newest first, or undefined when the bucket has never been versioned. */
export async function listVersions(bucket: string, key: string): Promise<Result<ObjectVersion[] | undefined>> {
  try {
    const status = await s3().send(new GetBucketVersioningCommand({ Bucket: bucket }));
    if (!status.Status) return { ok: true, data: undefined };
    // Unpaginated on purpose: Swift's version paging is broken and one page holds plenty.
    const out = await s3().send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: key, MaxKeys: 1000 }));
    const versions = (out.Versions ?? [])
      .filter((v) => v.Key === key && v.VersionId)
      .slice(0, MAX_VERSIONS)
      .map((v) => ({
        versionId: v.VersionId!,
        isLatest: !!v.IsLatest,
        size: v.Size ?? 0,
        lastModified: (v.LastModified ?? new Date(0)).toISOString(),
      }));
    return { ok: true, data: versions };
  } catch (err) {
    return { ok: false, error: toS3Failure(err, { bucket, key }) };
  }
}
