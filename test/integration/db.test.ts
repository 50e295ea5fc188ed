import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { MIGRATIONS, migrate } from "@/lib/db/migrations";

async function freshQueries() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "s3share-db-"));
  process.env.S3SHARE_DB = path.join(dir, "console.db");
  process.env.AUTH_SECRET = "integration-test-secret-integration-test-secret";
  vi.resetModules();
  return { file: process.env.S3SHARE_DB, q: await import("@/lib/db/queries") };
}

const record = (i: number, over: Partial<Record<string, unknown>> = {}) => ({
  createdAt: new Date(Date.UTC(2026, 11, 1 + (i % 3), 12)).toISOString(),
  username: i % 2 ? "bob" : "alice",
  bucket: i % 3 ? "demo" : "logs",
  key: `folder/File-${i}.txt`,
  versionId: null,
  expiresIn: 3600,
  requestedExpiresAt: "2026-12-10T00:00:00.000Z",
  expiresAt: "2026-12-10T00:00:00.000Z",
  download: i % 4 === 0,
  clientIp: "127.0.0.1",
  userAgent: "test",
  fingerprint: `fp-${i}`,
  ...over,
});

describe("the SQLite store", () => {
  it("migrates a new database once, and refuses one newer than the code", () => {
    const db = new Database(":memory:");
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(0);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this console/);
  });

  it("opens in WAL mode with full sync", async () => {
    const { file, q } = await freshQueries();
    await q.recordShare(record(1));
    const db = new Database(file!, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("pages newest first and filters by user, bucket, key and time", async () => {
    const { q } = await freshQueries();
    for (let i = 1; i <= 30; i++) await q.recordShare(record(i));
    const first = q.listShares({}, { limit: 10 });
    expect(first.map((r) => r.fingerprint)).toEqual(Array.from({ length: 10 }, (_, i) => `fp-${30 - i}`));
    const second = q.listShares({}, { limit: 10, beforeId: first.at(-1)!.id });
    expect(second[0].fingerprint).toBe("fp-20");

    expect(q.listShares({ username: "bob" }, { limit: 100 }).every((r) => r.username === "bob")).toBe(true);
    expect(q.listShares({ bucket: "logs" }, { limit: 100 })).toHaveLength(10);
    expect(q.listShares({ keyContains: "file-7." }, { limit: 100 }).map((r) => r.key)).toEqual(["folder/File-7.txt"]);
    const day2 = q.listShares({ from: "2026-12-02T00:00:00.000Z", to: "2026-12-03T00:00:00.000Z" }, { limit: 100 });
    expect(day2).toHaveLength(10);
    expect(day2.every((r) => r.createdAt.startsWith("2026-12-02"))).toBe(true);
    expect(q.listShares({}, { limit: 1 })[0].download).toBe(false);
    expect(q.shareFacets()).toEqual({ users: ["alice", "bob"], buckets: ["demo", "logs"] });
    expect(q.shareFacets("bob").users).toEqual(["bob"]);
  });

  it("commits the rows recorded together in one transaction, each with its own id", async () => {
    const { q } = await freshQueries();
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => q.recordShare(record(i))));
    expect(new Set(ids).size).toBe(50);
    expect(q.listShares({}, { limit: 100 })).toHaveLength(50);
  });

  it("fails every row of a transaction that fails, and records none of them", async () => {
    const { q } = await freshQueries();
    const results = await Promise.allSettled([
      q.recordShare(record(1)),
      q.recordShare(record(2, { username: null })), // violates NOT NULL
      q.recordShare(record(3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(q.listShares({}, { limit: 10 })).toHaveLength(0);
    // and the next one goes through
    await q.recordShare(record(4));
    expect(q.listShares({}, { limit: 10 })).toHaveLength(1);
  });

  it("treats filter text as data, not SQL", async () => {
    const { q } = await freshQueries();
    await q.recordShare(record(1, { key: "a'; DROP TABLE share_links; --" }));
    expect(q.listShares({ keyContains: "'; DROP" }, { limit: 10 })).toHaveLength(1);
    expect(q.listShares({ bucket: "x' OR '1'='1" }, { limit: 10 })).toHaveLength(0);
  });
});
