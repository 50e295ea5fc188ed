import "server-only";
import type { Statement } from "better-sqlite3";
import { database } from "./index";

/**
 * Every SQL statement of the console lives here, so another database (PostgreSQL for several
 * instances) means another implementation of this module and nothing else.
 */

export type ShareRecord = {
  id: number;
  createdAt: string;
  username: string;
  bucket: string;
  key: string;
  versionId: string | null;
  expiresIn: number;
  requestedExpiresAt: string;
  expiresAt: string;
  download: boolean;
  clientIp: string | null;
  userAgent: string | null;
  fingerprint: string;
};

export type NewShareRecord = Omit<ShareRecord, "id">;

export type ShareFilter = {
  username?: string;
  bucket?: string;
  /** Part of the key, case-insensitive. */
  keyContains?: string;
  /** ISO timestamps, inclusive from, exclusive to. */
  from?: string;
  to?: string;
};

const COLUMNS = `id, created_at AS createdAt, username, bucket, object_key AS key, version_id AS versionId,
  expires_in AS expiresIn, requested_expires_at AS requestedExpiresAt, expires_at AS expiresAt,
  download, client_ip AS clientIp, user_agent AS userAgent, fingerprint`;

const statements = new Map<string, Statement>();

/** A prepared statement, prepared once per process. */
function sql(text: string): Statement {
  let s = statements.get(text);
  if (!s) statements.set(text, (s = database().prepare(text)));
  return s;
}

const INSERT_SHARE = `INSERT INTO share_links (created_at, username, bucket, object_key, version_id, expires_in,
    requested_expires_at, expires_at, download, client_ip, user_agent, fingerprint)
  VALUES (@createdAt, @username, @bucket, @key, @versionId, @expiresIn,
    @requestedExpiresAt, @expiresAt, @download, @clientIp, @userAgent, @fingerprint)`;

type Waiting = { row: NewShareRecord; resolve: (id: number) => void; reject: (err: unknown) => void };
let waiting: Waiting[] = [];

/**
 * Records an issued link; resolves with its id once the row is durably on disk. Rows recorded in
 * the same turn of the event loop share one transaction, so one disk flush serves them all (group
 * commit): a burst of shares does not queue behind one fsync each. If the transaction fails, every
 * caller in it gets the error, and none of their links may be issued.
 */
export function recordShare(r: NewShareRecord): Promise<number> {
  return new Promise((resolve, reject) => {
    waiting.push({ row: r, resolve, reject });
    if (waiting.length === 1) setImmediate(commitWaiting);
  });
}

function commitWaiting() {
  const batch = waiting;
  waiting = [];
  try {
    const insert = sql(INSERT_SHARE);
    const ids = database().transaction(() => batch.map((w) => Number(insert.run({ ...w.row, download: w.row.download ? 1 : 0 }).lastInsertRowid)))();
    batch.forEach((w, i) => w.resolve(ids[i]));
  } catch (err) {
    for (const w of batch) w.reject(err);
  }
}

function where(f: ShareFilter, beforeId?: number) {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.username) (clauses.push("username = @username"), (params.username = f.username));
  if (f.bucket) (clauses.push("bucket = @bucket"), (params.bucket = f.bucket));
  if (f.keyContains) {
    clauses.push("instr(lower(object_key), lower(@keyContains)) > 0");
    params.keyContains = f.keyContains;
  }
  if (f.from) (clauses.push("created_at >= @from"), (params.from = f.from));
  if (f.to) (clauses.push("created_at < @to"), (params.to = f.to));
  if (beforeId !== undefined) (clauses.push("id < @beforeId"), (params.beforeId = beforeId));
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

const toRecord = (row: Record<string, unknown>) => ({ ...row, download: row.download === 1 }) as ShareRecord;

/** Newest first, a page at a time: `beforeId` is the last id of the previous page. */
export function listShares(f: ShareFilter, page: { limit: number; beforeId?: number }): ShareRecord[] {
  const w = where(f, page.beforeId);
  return sql(`SELECT ${COLUMNS} FROM share_links ${w.sql} ORDER BY id DESC LIMIT @limit`)
    .all({ ...w.params, limit: page.limit })
    .map((row) => toRecord(row as Record<string, unknown>));
}

/** Distinct users and buckets, for filter menus. */
export function shareFacets(username?: string): { users: string[]; buckets: string[] } {
  const w = where({ username });
  return {
    users: sql(`SELECT DISTINCT username FROM share_links ${w.sql} ORDER BY username`).pluck().all(w.params) as string[],
    buckets: sql(`SELECT DISTINCT bucket FROM share_links ${w.sql} ORDER BY bucket`).pluck().all(w.params) as string[],
  };
}
