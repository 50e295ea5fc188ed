import { describe, expect, inject, it } from "vitest";
import { AWKWARD_KEYS, BIG_FOLDER, BIG_FOLDER_COUNT, DEMO_BUCKET, EMPTY_BUCKET, NOTE_VERSIONS, VERSIONED_BUCKET } from "../../scripts/fixtures.mjs";
import { loadLib } from "./lib";

describe("listing against a real S3", () => {
  it("lists buckets", async () => {
    const { list } = await loadLib();
    const r = await list.listBuckets();
    expect(r.ok && r.data.map((b) => b.name)).toEqual(expect.arrayContaining([DEMO_BUCKET, VERSIONED_BUCKET, EMPTY_BUCKET]));
  });

  it("shows only the configured buckets when S3SHARE_BUCKETS is set", async () => {
    const { list } = await loadLib({ S3SHARE_BUCKETS: `${VERSIONED_BUCKET}, ${EMPTY_BUCKET}` });
    const r = await list.listBuckets();
    expect(r.ok && r.data.map((b) => b.name)).toEqual([VERSIONED_BUCKET, EMPTY_BUCKET]);
  });

  it("splits a folder into sub-folders and objects", async () => {
    const { list } = await loadLib();
    const r = await list.listFolder(DEMO_BUCKET, "reports/2024/");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.folders).toEqual([
      { prefix: "reports/2024/q1/", name: "q1" },
      { prefix: "reports/2024/q2/", name: "q2" },
    ]);
    expect(r.data.objects).toEqual([]);
    expect(r.data.nextToken).toBeUndefined();
  });

  it("pages through a large folder with continuation tokens, never more than a page at a time", async () => {
    const { list } = await loadLib({ S3SHARE_PAGE_SIZE: "200" });
    const keys: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await list.listFolder(DEMO_BUCKET, BIG_FOLDER, { token });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.data.objects.length).toBeLessThanOrEqual(200);
      keys.push(...r.data.objects.map((o) => o.key));
      token = r.data.nextToken;
      pages++;
    } while (token);
    expect(pages).toBe(Math.ceil(BIG_FOLDER_COUNT / 200));
    expect(keys).toHaveLength(BIG_FOLDER_COUNT);
    expect(new Set(keys).size).toBe(BIG_FOLDER_COUNT);
  });

  it("filters a folder by name prefix on the server", async () => {
    const { list } = await loadLib();
    const r = await list.listFolder(DEMO_BUCKET, BIG_FOLDER, { startsWith: "item-02" });
    expect(r.ok && r.data.objects.map((o) => o.name)).toEqual(
      Array.from({ length: 100 }, (_, i) => `item-02${String(i).padStart(2, "0")}.txt`),
    );
  });

  it("lists every awkward key under its exact name", async () => {
    const { list } = await loadLib();
    const seen = new Set<string>();
    const walk = async (prefix: string) => {
      const r = await list.listFolder(DEMO_BUCKET, prefix);
      if (!r.ok) throw new Error(r.error.message);
      r.data.objects.forEach((o) => {
        expect(o.key).toBe(prefix + o.name);
        seen.add(o.key);
      });
      for (const f of r.data.folders) await walk(f.prefix);
    };
    await walk("awkward/");
    for (const key of AWKWARD_KEYS as string[]) expect(seen, key).toContain(key);
  });

  it("hides an empty folder marker and reports the folder empty", async () => {
    const { list } = await loadLib();
    const r = await list.listFolder(DEMO_BUCKET, "empty-folder/");
    expect(r.ok && [r.data.folders.length, r.data.objects.length]).toEqual([0, 0]);
  });

  it("answers a missing bucket with a clear error", async () => {
    const { list } = await loadLib();
    const r = await list.listFolder("no-such-bucket-here", "");
    expect(r).toEqual({ ok: false, error: { code: "NoSuchBucket", message: 'Bucket "no-such-bucket-here" does not exist.' } });
  });

  it("shows details and versions of a versioned object", async () => {
    const { head } = await loadLib();
    const d = await head.headObject(VERSIONED_BUCKET, "notes.txt");
    expect(d.ok && d.data).toMatchObject({ size: NOTE_VERSIONS[NOTE_VERSIONS.length - 1].length, contentType: "text/plain; charset=utf-8", storageClass: "STANDARD" });
    const v = await head.listVersions(VERSIONED_BUCKET, "notes.txt");
    expect(v.ok && v.data?.length).toBe(NOTE_VERSIONS.length);
    expect(v.ok && v.data?.filter((x) => x.isLatest).length).toBe(1);
  });

  it("reports no versions for an unversioned bucket", async () => {
    const { head } = await loadLib();
    const v = await head.listVersions(DEMO_BUCKET, "README.txt");
    expect(v).toEqual({ ok: true, data: undefined });
  });

  it("answers credentials without access with a clear error", async () => {
    const { denied } = inject("s3");
    const { list, head } = await loadLib({ AWS_ACCESS_KEY_ID: denied.accessKeyId, AWS_SECRET_ACCESS_KEY: denied.secretAccessKey });
    const r = await list.listFolder(DEMO_BUCKET, "");
    expect(r).toEqual({
      ok: false,
      error: { code: "AccessDenied", message: `Access denied to bucket "${DEMO_BUCKET}": the console's credentials lack permission.` },
    });
    const d = await head.headObject(DEMO_BUCKET, "README.txt");
    expect(d.ok || d.error.code).toBe("AccessDenied");
  });

  it("answers a missing key with a clear error", async () => {
    const { head } = await loadLib();
    const d = await head.headObject(DEMO_BUCKET, "nope/missing.txt");
    expect(d.ok || d.error.code).toBe("NoSuchKey");
  });
});
