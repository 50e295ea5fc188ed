/** The project's own shapes for what the store holds; nothing here depends on the AWS SDK. */

export type FolderEntry = {
  /** Full prefix, ending in the delimiter: "reports/2024/". */
  prefix: string;
  /** The last segment without the delimiter; may be empty for keys with "//". */
  name: string;
};

export type ObjectEntry = {
  key: string;
  /** The part of the key after the folder's prefix; empty for a folder marker ("reports/"). */
  name: string;
  size: number;
  /** ISO 8601. */
  lastModified: string;
  storageClass: string;
  /** Set by the console: may the viewer share it? */
  canShare?: boolean;
};

export type FolderPage = {
  bucket: string;
  prefix: string;
  folders: FolderEntry[];
  objects: ObjectEntry[];
  /** Opaque token for the next page; absent on the last page. */
  nextToken?: string;
};

export type ObjectVersion = {
  versionId: string;
  isLatest: boolean;
  size: number;
  lastModified: string;
};

export type ObjectDetails = {
  bucket: string;
  key: string;
  size: number;
  lastModified: string;
  contentType: string;
  etag: string;
  storageClass: string;
  versionId?: string;
  /** Present when the bucket keeps versions (enabled or suspended). */
  versions?: ObjectVersion[];
  /** Set by the console: may the viewer share it? */
  canShare?: boolean;
};

export type BucketEntry = { name: string; createdAt?: string };

export type ShareLink = {
  url: string;
  /** When the link stops working: the requested time, or sooner if the credentials expire first. */
  expiresAt: string;
  requestedExpiresAt: string;
  /** Set when the signing credentials expire before the requested time. */
  credentialsExpireAt?: string;
};

export type S3ErrorCode =
  | "NoSuchBucket"
  | "NoSuchKey"
  | "AccessDenied"
  | "Unreachable"
  | "Timeout"
  | "InvalidCredentials"
  | "NoCredentials"
  | "InvalidKey"
  | "Unknown";

export type S3Failure = { code: S3ErrorCode; message: string };

export type Result<T, E = S3Failure> = { ok: true; data: T } | { ok: false; error: E };
