import { describe, expect, inject, it } from "vitest";
import { AWKWARD_KEYS, DEMO_BUCKET, DOWNLOAD_NAME_KEY, NOTE_VERSIONS, VERSIONED_BUCKET, demoObjects } from "../../scripts/fixtures.mjs";
import { expiringProfile } from "../support/expiring-credentials";
import { fetchBytes, loadLib, SCRATCH_BUCKET, tamperSignature } from "./lib";

const bodyOf = (key: string): Buffer => Buffer.from((demoObjects() as { key: string; body: string }[]).find((o) => o.key === key)!.body);

async function share(req: { bucket?: string; key: string; versionId?: string; expiresIn?: number; download?: boolean }, overrides = {}) {
  const { share } = await loadLib(overrides);
  const r = await share.createShareLink({ bucket: DEMO_BUCKET, expiresIn: 3600, download: false, ...req });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

describe("share links against a real S3 that checks signatures", () => {
  it("serves the exact bytes of the object", async () => {
    const link = await share({ key: "reports/2024/q1/figures.csv" });
    const res = await fetchBytes(link.url);
    expect(res.status).toBe(200);
    expect(res.body.equals(bodyOf("reports/2024/q1/figures.csv"))).toBe(true);
  });

  it.each(AWKWARD_KEYS as string[])("shares awkward key %j", async (key) => {
    const link = await share({ key });
    const res = await fetchBytes(link.url);
    expect(res.status).toBe(200);
    expect(res.body.equals(bodyOf(key))).toBe(true);
  });

  it("refuses a link with a tampered signature (403)", async () => {
    const link = await share({ key: "README.txt" });
    const res = await fetchBytes(tamperSignature(link.url));
    expect(res.status).toBe(403);
    expect(res.body.toString()).toContain("SignatureDoesNotMatch");
  });

  it("stops serving a link once it expires (403)", async () => {
    const link = await share({ key: "README.txt", expiresIn: 2 });
    expect((await fetchBytes(link.url)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 3500));
    const res = await fetchBytes(link.url);
    expect(res.status).toBe(403);
    expect(res.body.toString()).toMatch(/expired/i);
  });

  it("asks for an attachment with an RFC 5987 name for a non-ASCII key", async () => {
    const link = await share({ key: DOWNLOAD_NAME_KEY, download: true });
    const res = await fetchBytes(link.url);
    expect(res.status).toBe(200);
    const cd = res.headers.get("content-disposition")!;
    expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    const encoded = cd.split("filename*=UTF-8''")[1];
    expect(decodeURIComponent(encoded)).toBe("Ünïcødé report — 2024 “final”.txt".normalize("NFC"));
  });

  it("shares an older version of a versioned object", async () => {
    const { head } = await loadLib();
    const versions = await head.listVersions(VERSIONED_BUCKET, "notes.txt");
    if (!versions.ok || !versions.data) throw new Error("no versions");
    const oldest = versions.data.at(-1)!;
    const link = await share({ bucket: VERSIONED_BUCKET, key: "notes.txt", versionId: oldest.versionId });
    const res = await fetchBytes(link.url);
    expect(res.body.toString()).toBe(NOTE_VERSIONS[0]);
    const latest = await share({ bucket: VERSIONED_BUCKET, key: "notes.txt" });
    expect((await fetchBytes(latest.url)).body.toString()).toBe(NOTE_VERSIONS.at(-1));
  });

  it("reports expiry times from the request time", async () => {
    const before = Date.now();
    const link = await share({ key: "README.txt", expiresIn: 900 });
    const expires = Date.parse(link.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 900_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 900_000);
    expect(link.credentialsExpireAt).toBeUndefined();
    expect(new URL(link.url).searchParams.get("X-Amz-Expires")).toBe("900");
  });

  it("signs links for the public endpoint while talking to the store at its internal address", async () => {
    const endpoint = new URL(inject("s3").endpoint);
    const publicEndpoint = `http://localhost:${endpoint.port}`;
    const link = await share({ key: "README.txt" }, { S3SHARE_PUBLIC_ENDPOINT: publicEndpoint });
    expect(link.url.startsWith(`${publicEndpoint}/${DEMO_BUCKET}/README.txt?`)).toBe(true);
    const res = await fetchBytes(link.url);
    expect(res.status).toBe(200);
    expect(res.body.equals(bodyOf("README.txt"))).toBe(true);
  });

  it("refuses a key that does not exist, issuing nothing", async () => {
    const { share: s } = await loadLib();
    const r = await s.createShareLink({ bucket: DEMO_BUCKET, key: "no/such/key.txt", expiresIn: 60, download: false });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe("NoSuchKey");
  });

  it("refuses a bucket that does not exist", async () => {
    const { share: s } = await loadLib();
    const r = await s.createShareLink({ bucket: "no-such-bucket-here", key: "a.txt", expiresIn: 60, download: false });
    expect(!r.ok && r.error.code).toMatch(/NoSuch(Bucket|Key)/);
  });

  it("refuses a key with a dot segment, which no HTTP client can fetch as signed", async () => {
    const { share: s } = await loadLib();
    const r = await s.createShareLink({ bucket: DEMO_BUCKET, key: "a/../README.txt", expiresIn: 60, download: false });
    expect(!r.ok && r.error.code).toBe("InvalidKey");
  });
});

describe("temporary credentials", () => {
  it("warns that a link dies with its credentials, and shows the effective expiry", async () => {
    const credsExpire = new Date(Date.now() + 3600_000);
    const env = expiringProfile(inject("s3"), credsExpire);
    const oneDay = await share({ key: "README.txt", expiresIn: 86400 }, env);
    expect(oneDay.credentialsExpireAt).toBe(credsExpire.toISOString());
    expect(oneDay.expiresAt).toBe(credsExpire.toISOString());
    expect(Date.parse(oneDay.requestedExpiresAt)).toBeGreaterThan(Date.now() + 86_000_000);
    expect((await fetchBytes(oneDay.url)).status).toBe(200);

    const shortOne = await share({ key: "README.txt", expiresIn: 900 }, env);
    expect(shortOne.credentialsExpireAt).toBeUndefined();
    expect(shortOne.expiresAt).toBe(shortOne.requestedExpiresAt);
  });
});

describe("objects just seen in a listing", () => {
  async function listedThenDeleted(overrides: Record<string, string> = {}) {
    const lib = await loadLib(overrides);
    const { S3Client, CreateBucketCommand, PutObjectCommand, DeleteObjectCommand } = await import("@aws-sdk/client-s3");
    const conn = inject("s3");
    const raw = new S3Client({ endpoint: conn.endpoint, region: conn.region, forcePathStyle: true, credentials: conn });
    const key = `gone-${Date.now()}-${Math.random()}.txt`;
    await raw.send(new CreateBucketCommand({ Bucket: SCRATCH_BUCKET })).catch(() => {});
    await raw.send(new PutObjectCommand({ Bucket: SCRATCH_BUCKET, Key: key, Body: "soon gone" }));
    const listed = await lib.list.listFolder(SCRATCH_BUCKET, "");
    expect(listed.ok && listed.data.objects.some((o) => o.key === key)).toBe(true);
    await raw.send(new DeleteObjectCommand({ Bucket: SCRATCH_BUCKET, Key: key }));
    return lib.share.createShareLink({ bucket: SCRATCH_BUCKET, key, expiresIn: 60, download: false });
  }

  it("are shared without asking the store again", async () => {
    // the store is not asked, so the deletion goes unnoticed: the documented cost of the window
    expect((await listedThenDeleted()).ok).toBe(true);
  });

  it("are checked again when S3SHARE_KNOWN_OBJECTS_SECONDS is 0", async () => {
    const r = await listedThenDeleted({ S3SHARE_KNOWN_OBJECTS_SECONDS: "0" });
    expect(!r.ok && r.error.code).toBe("NoSuchKey");
  });
});
