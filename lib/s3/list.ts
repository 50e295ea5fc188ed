import "server-only";
import { ListBucketsCommand, ListObjectsV2Command, type _Object } from "@aws-sdk/client-s3";
import { config } from "@/lib/config";
import { knownObjects, s3 } from "./client";
import { toS3Failure } from "./errors";
import type { BucketEntry, FolderPage, ObjectEntry, Result } from "./types";

export const DELIMITER = "/";

/** The buckets to show: the configured list, else ListBuckets. */
export async function listBuckets(): Promise<Result<BucketEntry[]>> {
  const configured = config().s3.buckets;
  if (configured) return { ok: true, data: configured.map((name) => ({ name })) };
  try {
    const out = await s3().send(new ListBucketsCommand({}));
    const buckets = (out.Buckets ?? [])
      .filter((b): b is typeof b & { Name: string } => !!b.Name)
      .map((b) => ({ name: b.Name, createdAt: b.CreationDate?.toISOString() }));
    return { ok: true, data: buckets };
  } catch (err) {
    return { ok: false, error: toS3Failure(err) };
  }
}

/**
 * A listing's objects in the project's shape, remembered as existing (known-objects.ts). An empty
 * object whose key ends in "/" is a folder marker, as the S3 console makes them: not content.
 */
function objectEntries(bucket: string, prefix: string, contents: _Object[] | undefined): ObjectEntry[] {
  const objects = (contents ?? [])
    .filter((o): o is _Object & { Key: string } => typeof o.Key === "string")
    .filter((o) => !(o.Key.endsWith(DELIMITER) && !o.Size))
    .map((o) => ({
      key: o.Key,
      name: o.Key.slice(prefix.length),
      size: o.Size ?? 0,
      lastModified: (o.LastModified ?? new Date(0)).toISOString(),
      storageClass: o.StorageClass ?? "STANDARD",
    }));
  for (const o of objects) knownObjects().remember(bucket, o.key);
  return objects;
}

export type ListFolderOptions = {
  /** Continuation token from the previous page. */
  token?: string;
  /** Only entries whose name (within the folder) starts with this. */
  startsWith?: string;
  pageSize?: number;
};

/**
 * One page of a folder: sub-folders and objects directly under `prefix`. Costs one ListObjectsV2
 * call whatever the folder's size, so a folder of 100,000 objects opens as fast as one of 10.
 */
export async function listFolder(bucket: string, prefix: string, opts: ListFolderOptions = {}): Promise<Result<FolderPage>> {
  try {
    const out = await s3().send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: prefix + (opts.startsWith ?? ""),
        Delimiter: DELIMITER,
        MaxKeys: opts.pageSize ?? config().pageSize,
        ContinuationToken: opts.token || undefined,
      }),
    );
    const folders = (out.CommonPrefixes ?? [])
      .map((p) => p.Prefix)
      .filter((p): p is string => typeof p === "string")
      .map((p) => ({ prefix: p, name: p.slice(prefix.length, -DELIMITER.length) }));
    const objects = objectEntries(bucket, prefix, out.Contents);
    return {
      ok: true,
      data: { bucket, prefix, folders, objects, nextToken: out.IsTruncated ? out.NextContinuationToken : undefined },
    };
  } catch (err) {
    return { ok: false, error: toS3Failure(err, { bucket }) };
  }
}

/**
 * Every object at or under `prefix`, page by page (no delimiter), as the store lists them. Folder
 * markers are left out, as in listFolder. Ends after the first failed page.
 */
export async function* listAllUnder(bucket: string, prefix: string): AsyncGenerator<Result<ObjectEntry[]>> {
  let token: string | undefined;
  do {
    try {
      const out = await s3().send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: config().pageSize, ContinuationToken: token }),
      );
      yield { ok: true, data: objectEntries(bucket, prefix, out.Contents) };
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } catch (err) {
      yield { ok: false, error: toS3Failure(err, { bucket }) };
      return;
    }
  } while (token);
}
