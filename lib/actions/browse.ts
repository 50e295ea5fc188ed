"use server";
import { z } from "zod";
import { config } from "@/lib/config";
import { may } from "@/lib/policy";
import { headObject, listVersions } from "@/lib/s3/head";
import { listBuckets, listFolder } from "@/lib/s3/list";
import { defineAction, fail, fields } from "./define";

export const listBucketsAction = defineAction({
  name: "listBuckets",
  input: z.object({}).default({}),
  requires: () => ({ action: "list" }),
  async run(_input, user) {
    const result = await listBuckets();
    if (!result.ok) return fail("failed", result.error.message);
    // Only the buckets this user may list appear at all.
    const ctx = { buckets: config().s3.buckets };
    return { ok: true, data: result.data.filter((b) => may(user, "list", b.name, ctx)) };
  },
});

export const listFolderAction = defineAction({
  name: "listFolder",
  input: z.object({
    bucket: fields.bucket,
    prefix: fields.prefix,
    token: z.string().max(4096).optional(),
    startsWith: z.string().max(1024).optional(),
  }),
  requires: (i) => ({ action: "list", bucket: i.bucket, key: i.prefix }),
  async run(i) {
    const result = await listFolder(i.bucket, i.prefix, {
      token: i.token,
      startsWith: i.startsWith,
      pageSize: config().pageSize,
    });
    return result.ok ? result : fail("failed", result.error.message);
  },
});

export const objectDetailsAction = defineAction({
  name: "objectDetails",
  input: z.object({ bucket: fields.bucket, key: fields.key, versionId: fields.versionId }),
  requires: (i) => ({ action: "list", bucket: i.bucket, key: i.key }),
  async run(i) {
    const [head, versions] = await Promise.all([headObject(i.bucket, i.key, i.versionId), listVersions(i.bucket, i.key)]);
    if (!head.ok) return fail("failed", head.error.message);
    // Versions are extra: an error there (say, no permission to read versioning) still shows the object.
    return { ok: true, data: { ...head.data, versions: versions.ok ? versions.data : undefined } };
  },
});
