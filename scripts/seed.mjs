#!/usr/bin/env node
// Fills a local S3 with the sample data of scripts/fixtures.mjs. Idempotent: a store already
// seeded (marker file in its data folder) is left alone.
//
//   node scripts/seed.mjs [--dir .local-s3]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  CreateBucketCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { DEMO_BUCKET, EMPTY_BUCKET, NOTE_VERSIONS, VERSIONED_BUCKET, demoObjects } from "./fixtures.mjs";
import { readState, startLocalS3 } from "./local-s3/index.mjs";

const SEED_VERSION = "1";

export function clientFor(conn) {
  return new S3Client({
    endpoint: conn.endpoint,
    region: conn.region,
    forcePathStyle: true,
    credentials: { accessKeyId: conn.accessKeyId, secretAccessKey: conn.secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
  });
}

async function createBucket(s3, Bucket) {
  try {
    await s3.send(new CreateBucketCommand({ Bucket }));
  } catch (e) {
    if (e.name !== "BucketAlreadyOwnedByYou" && e.name !== "BucketAlreadyExists") throw e;
  }
}

/** Runs `fn` over `items` with at most `n` in flight. */
async function pool(items, n, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

export async function seed(conn) {
  const marker = path.join(conn.dir, `seeded-${SEED_VERSION}`);
  if (fs.existsSync(marker)) return;
  const s3 = clientFor(conn);
  for (const b of [DEMO_BUCKET, VERSIONED_BUCKET, EMPTY_BUCKET]) await createBucket(s3, b);
  await pool(demoObjects(), 8, (o) =>
    s3.send(new PutObjectCommand({ Bucket: DEMO_BUCKET, Key: o.key, Body: Buffer.from(o.body), ContentType: o.contentType })),
  );
  await s3.send(new PutBucketVersioningCommand({ Bucket: VERSIONED_BUCKET, VersioningConfiguration: { Status: "Enabled" } }));
  for (const body of NOTE_VERSIONS) {
    await s3.send(new PutObjectCommand({ Bucket: VERSIONED_BUCKET, Key: "notes.txt", Body: body, ContentType: "text/plain; charset=utf-8" }));
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--dir");
  const dir = path.resolve(i > 0 ? process.argv[i + 1] : ".local-s3");
  const conn = readState(dir) ? await startLocalS3({ dir }) : null;
  if (!conn) {
    console.error(`seed: no local S3 running in ${dir}; start it with: node scripts/local-s3/index.mjs start --dir ${dir}`);
    process.exit(1);
  }
  await seed(conn);
  console.log(`seeded ${conn.endpoint}`);
}
