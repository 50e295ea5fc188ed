"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { log } from "@/lib/log";
import { createShareLink } from "@/lib/share/create-link";
import { parseExpiry } from "@/lib/share/expiry";
import { defineAction, fail, fields } from "./define";

export const createShareLinkAction = defineAction({
  name: "createShareLink",
  input: z.object({
    bucket: fields.bucket,
    key: fields.key,
    versionId: fields.versionId,
    expiresIn: z.object({ amount: z.union([z.number(), z.string().max(20)]), unit: z.string().max(20) }),
    download: z.boolean().default(false),
  }),
  requires: (i) => ({ action: "share", bucket: i.bucket, key: i.key }),
  async run(i, user) {
    const expiry = parseExpiry(i.expiresIn);
    if (!expiry.ok) return fail("invalid", expiry.error);
    const result = await createShareLink({
      bucket: i.bucket,
      key: i.key,
      versionId: i.versionId,
      expiresIn: expiry.seconds,
      download: i.download,
    });
    if (!result.ok) return fail("failed", result.error.message);
    const h = await headers();
    // Who shared what, never the link itself: a presigned URL is a credential.
    log.info("share", {
      user: user.username,
      bucket: i.bucket,
      key: i.key,
      versionId: i.versionId,
      expiresIn: expiry.seconds,
      expiresAt: result.data.expiresAt,
      cutShort: !!result.data.credentialsExpireAt,
      download: i.download,
      userAgent: h.get("user-agent") ?? undefined,
    });
    return result;
  },
});
