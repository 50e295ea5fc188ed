import { inject, vi } from "vitest";
export { fetchBytes, tamperSignature } from "../support/links";

/** A scratch bucket that tests may write to; the seeded buckets stay as the fixtures say. */
export const SCRATCH_BUCKET = "it-scratch";

/**
 * Points the console's lib/ at the test S3 (plus `overrides`) and imports it afresh, so each
 * configuration gets its own memoized config and clients.
 */
export async function loadLib(overrides: Record<string, string | undefined> = {}) {
  const s3 = inject("s3");
  const env: Record<string, string | undefined> = {
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ENDPOINT_URL: undefined,
    AWS_REGION: s3.region,
    AWS_ACCESS_KEY_ID: s3.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
    AWS_PROFILE: undefined,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    AUTH_SECRET: "integration-test-secret-integration-test-secret",
    S3SHARE_PUBLIC_ENDPOINT: undefined,
    S3SHARE_BUCKETS: undefined,
    S3SHARE_PAGE_SIZE: undefined,
    S3SHARE_S3_TIMEOUT_MS: undefined,
    S3SHARE_KNOWN_OBJECTS_SECONDS: undefined,
    ...overrides,
  };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  vi.resetModules();
  return {
    list: await import("@/lib/s3/list"),
    head: await import("@/lib/s3/head"),
    presign: await import("@/lib/s3/presign"),
    share: await import("@/lib/share/create-link"),
    client: await import("@/lib/s3/client"),
  };
}
