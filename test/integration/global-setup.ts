import type { TestProject } from "vitest/node";
import { startLocalS3 } from "../../scripts/local-s3/index.mjs";
import { seed } from "../../scripts/seed.mjs";

export type S3Connection = {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  denied: { accessKeyId: string; secretAccessKey: string };
  dir: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    s3: S3Connection;
  }
}

/** One real S3 (Swift + s3api) for all integration tests; left running for the next run, stopped by scripts/test.sh. */
export default async function setup(project: TestProject) {
  const conn: S3Connection = await startLocalS3({ dir: ".test-s3" });
  await seed(conn);
  project.provide("s3", conn);
}
