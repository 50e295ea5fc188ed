"use server";
import { z } from "zod";
import { config } from "@/lib/config";
import { may, mayListUnder } from "@/lib/policy";
import { headObject, listVersions } from "@/lib/s3/head";
import { listBuckets, listFolder } from "@/lib/s3/list";
import { defineAction, fail } from "./define";
import { fields } from "./fields";

export const listBucketsAction = defineAction({
  name: "listBuckets",
  input: z.object({}).default({}),
  requires: () => ({ signedIn: true }),
  async run(_input, { user, policy }) {
    const result = await listBuckets();
    if (!result.ok) return fail("failed", result.error.message);
    // Buckets this user may not list do not appear at all.
    return { ok: true, data: result.data.filter((b) => mayListUnder(user, b.name, "", policy)) };
  },
});

const notVisible = (bucket: string, prefix: string) =>
  prefix ? `Bucket "${bucket}" has no folder "${prefix}", or you may not see it.` : `Bucket "${bucket}" does not exist, or you may not see it.`;

export const listFolderAction = defineAction({
  name: "listFolder",
  input: z.object({
    bucket: fields.bucket,
    prefix: fields.prefix,
    token: z.string().max(4096).optional(),
    startsWith: z.string().max(1024).optional(),
  }),
  requires: (i) => ({ action: "list", bucket: i.bucket, under: i.prefix, denied: notVisible(i.bucket, i.prefix) }),
  async run(i, { user, policy }) {
    const result = await listFolder(i.bucket, i.prefix, {
      token: i.token,
      startsWith: i.startsWith,
      pageSize: config().pageSize,
    });
    if (!result.ok) return fail("failed", result.error.message);
    // Folders and objects this user may not list do not appear at all.
    const page = result.data;
    return {
      ok: true,
      data: {
        ...page,
        folders: page.folders.filter((f) => mayListUnder(user, i.bucket, f.prefix, policy)),
        objects: page.objects
          .filter((o) => may(user, "list", i.bucket, o.key, policy))
          .map((o) => ({ ...o, canShare: may(user, "share", i.bucket, o.key, policy) })),
      },
    };
  },
});

export const objectDetailsAction = defineAction({
  name: "objectDetails",
  input: z.object({ bucket: fields.bucket, key: fields.key, versionId: fields.versionId }),
  requires: (i) => ({ action: "list", bucket: i.bucket, key: i.key, denied: "No such object, or you may not see it." }),
  async run(i, { user, policy }) {
    const [head, versions] = await Promise.all([headObject(i.bucket, i.key, i.versionId), listVersions(i.bucket, i.key)]);
    if (!head.ok) return fail("failed", head.error.message);
    // Versions are extra: an error there (say, no permission to read versioning) still shows the object.
    return {
      ok: true,
      data: { ...head.data, versions: versions.ok ? versions.data : undefined, canShare: may(user, "share", i.bucket, i.key, policy) },
    };
  },
});
