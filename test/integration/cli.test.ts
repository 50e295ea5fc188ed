import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEMO_BUCKET, DOWNLOAD_NAME_KEY, NOTE_VERSIONS, VERSIONED_BUCKET, demoObjects, BIG_FOLDER_COUNT } from "../../scripts/fixtures.mjs";
import { expiringProfile } from "../support/expiring-credentials";
import { fetchBytes, loadLib } from "./lib";

const BIN = path.resolve("bin/s3-share.mjs");

/** Runs the real command, in its own process, with the test store's environment plus `env`. */
function s3share(args: string[], { env = {}, input = "" }: { env?: Record<string, string | undefined>; input?: string } = {}) {
  const s3 = inject("s3");
  const full: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_REGION: s3.region,
    AWS_ACCESS_KEY_ID: s3.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.secretAccessKey,
    AWS_CONFIG_FILE: "/nonexistent",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent",
    AWS_EC2_METADATA_DISABLED: "true",
    ...env,
  };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  const r = spawnSync(process.execPath, ["--import", path.resolve("test/support/forbid-modules.mjs"), BIN, ...args], {
    env: full as NodeJS.ProcessEnv,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const bodyOf = (key: string) => Buffer.from((demoObjects() as { key: string; body: string }[]).find((o) => o.key === key)!.body);

describe("s3-share presign", () => {
  it("prints a link that serves the object, without loading Next.js or React", async () => {
    const r = s3share(["presign", `s3://${DEMO_BUCKET}/README.txt`]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const url = r.stdout.trim();
    expect(new URL(url).searchParams.get("X-Amz-Expires")).toBe("3600"); // the AWS CLI's default
    const res = await fetchBytes(url);
    expect(res.status).toBe(200);
    expect(res.body.equals(bodyOf("README.txt"))).toBe(true);
  });

  it("prints the URL the console issues for the same inputs, byte for byte", async () => {
    const r = s3share(["presign", `s3://${DEMO_BUCKET}/${DOWNLOAD_NAME_KEY}`, "--expires-in", "900", "--download"]);
    const url = r.stdout.trim();
    const d = new URL(url).searchParams.get("X-Amz-Date")!;
    const signedAt = new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`);
    const { share } = await loadLib();
    const console = await share.createShareLink({ bucket: DEMO_BUCKET, key: DOWNLOAD_NAME_KEY, expiresIn: 900, download: true }, signedAt);
    expect(console.ok && console.data.url).toBe(url);
    const res = await fetchBytes(url);
    expect(decodeURIComponent(res.headers.get("content-disposition")!.split("filename*=UTF-8''")[1])).toBe(
      "Ünïcødé report — 2024 “final”.txt".normalize("NFC"),
    );
  });

  it("shares a version and answers in JSON", async () => {
    const { head } = await loadLib();
    const versions = await head.listVersions(VERSIONED_BUCKET, "notes.txt");
    const oldest = versions.ok && versions.data ? versions.data.at(-1)!.versionId : "";
    const r = s3share(["presign", `s3://${VERSIONED_BUCKET}/notes.txt`, "--version-id", oldest, "--json", "--expires-in", "60"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ bucket: VERSIONED_BUCKET, key: "notes.txt", versionId: oldest });
    expect(Date.parse(out.expiresAt)).toBeGreaterThan(Date.now());
    expect((await fetchBytes(out.url)).body.toString()).toBe(NOTE_VERSIONS[0]);
  });

  it("signs for --public-endpoint and reads --endpoint-url, --region", async () => {
    const endpoint = inject("s3").endpoint;
    const port = new URL(endpoint).port;
    const r = s3share(
      ["presign", `s3://${DEMO_BUCKET}/README.txt`, "--endpoint-url", endpoint, "--public-endpoint", `http://localhost:${port}`, "--region", "us-east-1"],
      { env: { AWS_ENDPOINT_URL_S3: "http://127.0.0.1:9", AWS_REGION: "eu-west-3" } },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`http://localhost:${port}/${DEMO_BUCKET}/README.txt?`)).toBe(true);
    expect((await fetchBytes(r.stdout.trim())).status).toBe(200);
  });

  it("warns when the credentials expire before the link", () => {
    const s3 = inject("s3");
    const expires = new Date(Date.now() + 3600_000);
    const r = s3share(["presign", `s3://${DEMO_BUCKET}/README.txt`, "--expires-in", "86400"], {
      env: expiringProfile(s3, expires),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: the credentials expire at ${expires.toISOString()}`);
  });

  it.each([
    [["presign"], 2, "presign takes one S3 URI"],
    [["presign", "demo/README.txt"], 2, "is not an S3 URI"],
    [["presign", "s3://demo"], 2, "names no object"],
    [["presign", "s3://demo/README.txt", "--expires-in", "604801"], 2, "between 1 second and 7 days"],
    [["presign", "s3://demo/README.txt", "--expires-in", "0"], 2, "between 1 second and 7 days"],
    [["presign", "s3://demo/README.txt", "--expires-in", "1h"], 2, "whole number"],
    [["presign", "s3://demo/README.txt", "--bogus"], 2, "Unknown option '--bogus'"],
    [["presign", "s3://demo/", "--recursive", "--version-id", "x"], 2, "does not go with --recursive"],
    [["presign", "s3://NOT a bucket/x"], 2, "is not a valid bucket name"],
    [["presign", "s3://no-such-bucket-here/x.txt"], 1, "does not exist"],
    [["presign", "s3://demo/no/such/key.txt"], 1, "does not exist"],
    [["presign", "s3://demo/a/../README.txt"], 1, "rewrite before sending"],
    [["nonsense"], 2, "unknown command"],
  ])("%j exits %i with a message", (args, code, message) => {
    const r = s3share(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
  });

  it("says so when there are no credentials", () => {
    const r = s3share(["presign", "s3://demo/README.txt"], { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("No S3 credentials were found");
  });

  it("has --help for every command", () => {
    for (const args of [["--help"], ["presign", "--help"], ["users", "--help"]]) {
      const r = s3share(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^(s3-share|Usage)/);
    }
  });
});

describe("s3-share presign --recursive", () => {
  it("streams one working link per object over several pages", async () => {
    const r = s3share(["presign", "--recursive", `s3://${DEMO_BUCKET}/big/`], { env: { S3SHARE_PAGE_SIZE: "100" } });
    expect(r.code).toBe(0);
    const urls = r.stdout.trim().split("\n");
    expect(urls).toHaveLength(BIG_FOLDER_COUNT);
    expect(new Set(urls.map((u) => new URL(u).pathname)).size).toBe(BIG_FOLDER_COUNT);
    expect(r.stderr).toContain(`${BIG_FOLDER_COUNT} links`);
    for (const url of [urls[0], urls[222], urls.at(-1)!]) expect((await fetchBytes(url)).status).toBe(200);
  });

  it("writes JSON lines", () => {
    const r = s3share(["presign", "--recursive", `s3://${DEMO_BUCKET}/reports/`, "--json"]);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.key).sort()).toEqual(
      ["reports/2024/q1/figures.csv", "reports/2024/q1/summary.txt", "reports/2024/q2/summary.txt", "reports/2025/annual-report.csv"].sort(),
    );
  });
});

describe("s3-share users", () => {
  it("adds, lists, changes and removes users, with the password from stdin", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "s3share-users-")), "users.json");
    const env = { S3SHARE_USERS_FILE: file };
    expect(s3share(["users", "add", "zoe", "--groups", "eng,ops"], { env, input: "zoe-password-1\n" }).code).toBe(0);
    expect(s3share(["users", "list"], { env }).stdout).toBe("zoe\teng,ops\n");
    expect(fs.readFileSync(file, "utf8")).not.toContain("zoe-password-1");
    const again = s3share(["users", "add", "zoe"], { env, input: "another-password\n" });
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining("exists already")]);
    expect(s3share(["users", "add", "bad name"], { env, input: "long-enough-1\n" }).code).toBe(1);
    expect(s3share(["users", "passwd", "zoe"], { env, input: "short\n" }).stderr).toContain("at least 8 characters");
    expect(s3share(["users", "remove", "zoe"], { env }).code).toBe(0);
    expect(JSON.parse(s3share(["users", "list", "--json"], { env }).stdout)).toEqual([]);
    expect(s3share(["users", "remove", "zoe"], { env }).code).toBe(1);
  });
});
