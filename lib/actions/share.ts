"use server";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { z } from "zod";
import { config } from "@/lib/config";
import { recordShare } from "@/lib/db/queries";
import { log } from "@/lib/log";
import { shareLimits, type ShareLimits } from "@/lib/policy";
import { createShareLink } from "@/lib/share/create-link";
import { describeDuration, parseExpiry } from "@/lib/share/expiry";
import { defineAction, fail } from "./define";
import { fields } from "./fields";

const target = z.object({ bucket: fields.bucket, key: fields.key, versionId: fields.versionId });
const cannotShare = "You may not share this object.";

/** The expiry choices of the share dialog for one object: the user's default and maximum there. */
export const shareOptionsAction = defineAction({
  name: "shareOptions",
  input: target,
  requires: (i) => ({ action: "share", bucket: i.bucket, key: i.key, denied: cannotShare }),
  async run(i, { user, policy }): Promise<{ ok: true; data: ShareLimits }> {
    // `requires` has checked that some rule grants sharing here, so limits exist.
    return { ok: true, data: shareLimits(user, i.bucket, i.key, policy)! };
  },
});

/** Where the request came from: the address a trusted proxy saw, else what the request says. */
function clientIp(h: Headers): string | null {
  const forwarded = h.get("x-forwarded-for");
  if (!forwarded) return null;
  const hops = forwarded.split(",").map((s) => s.trim()).filter(Boolean);
  return (config().trustProxy ? hops.at(-1) : forwarded.slice(0, 200)) ?? null;
}

export const createShareLinkAction = defineAction({
  name: "createShareLink",
  input: target.extend({
    expiresIn: z.object({ amount: z.union([z.number(), z.string().max(20)]), unit: z.string().max(20) }),
    download: z.boolean().default(false),
  }),
  requires: (i) => ({ action: "share", bucket: i.bucket, key: i.key, denied: cannotShare }),
  async run(i, { user, policy }) {
    const expiry = parseExpiry(i.expiresIn);
    if (!expiry.ok) return fail("invalid", expiry.error);
    const limits = shareLimits(user, i.bucket, i.key, policy)!;
    if (expiry.seconds > limits.maxSeconds) {
      return fail("forbidden", `Your links to this object may last at most ${describeDuration(limits.maxSeconds)}.`);
    }

    const now = new Date();
    const result = await createShareLink({ ...i, expiresIn: expiry.seconds }, now);
    if (!result.ok) return fail("failed", result.error.message);

    // No link without its record: written (durably) before the link is returned.
    const h = await headers();
    try {
      await recordShare({
        createdAt: now.toISOString(),
        username: user.username,
        bucket: i.bucket,
        key: i.key,
        versionId: i.versionId ?? null,
        expiresIn: expiry.seconds,
        requestedExpiresAt: result.data.requestedExpiresAt,
        expiresAt: result.data.expiresAt,
        download: i.download,
        clientIp: clientIp(h),
        userAgent: h.get("user-agent")?.slice(0, 500) ?? null,
        fingerprint: linkFingerprint(result.data.url),
      });
    } catch (err) {
      log.error("share.audit-failed", { user: user.username, bucket: i.bucket, key: i.key, error: (err as Error).message });
      return fail("failed", "The link could not be recorded, so it was not issued. Try again.");
    }
    log.info("share", {
      user: user.username,
      bucket: i.bucket,
      key: i.key,
      versionId: i.versionId,
      expiresIn: expiry.seconds,
      expiresAt: result.data.expiresAt,
      cutShort: !!result.data.credentialsExpireAt,
    });
    return result;
  },
});

/** Identifies a link in the audit log without keeping anything that makes it usable. */
function linkFingerprint(url: string): string {
  return createHash("sha256").update(url).digest("hex");
}
