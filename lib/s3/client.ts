import "server-only";
import { S3Client } from "@aws-sdk/client-s3";
import { config } from "@/lib/config";
import { KnownObjects } from "./known-objects";

let storeClient: S3Client | undefined;
let linkClient: S3Client | undefined;

function makeClient(endpoint: string | undefined): S3Client {
  const s3 = config().s3;
  return new S3Client({
    endpoint,
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    maxAttempts: s3.maxAttempts,
    // An unreachable or stalled store must turn into an error on the page within seconds.
    requestHandler: { connectionTimeout: s3.timeoutMs, requestTimeout: s3.timeoutMs, throwOnRequestTimeout: true },
    // Only for PUT/POST bodies; keeps links and uploads compatible with stores that lack CRC checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/** The client that talks to the store (list, head). Credentials: the SDK's default chain. */
export function s3(): S3Client {
  storeClient ??= makeClient(config().s3.endpoint);
  return storeClient;
}

/**
 * The client that signs links. It makes no requests; it differs from s3() only in the host it
 * signs for, which is the public endpoint when the console reaches its store at an internal address.
 */
export function signer(): S3Client {
  const { endpoint, publicEndpoint } = config().s3;
  if (!publicEndpoint || publicEndpoint === endpoint) return s3();
  linkClient ??= makeClient(publicEndpoint);
  return linkClient;
}

let known: KnownObjects | undefined;

/** Objects just seen to exist (see known-objects.ts). */
export function knownObjects(): KnownObjects {
  known ??= new KnownObjects(config().s3.knownObjectsSeconds * 1000, 100_000);
  return known;
}
