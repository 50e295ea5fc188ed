import type Database from "better-sqlite3";

/**
 * Schema changes, in order; never edit one that has shipped, add the next. The database's
 * user_version records how many have run.
 */
export const MIGRATIONS: string[] = [
  // 1: the audit log of issued links. Never the URL or its signature: a fingerprint (SHA-256 of
  // the URL) identifies a link someone reports without making it usable.
  `CREATE TABLE share_links (
     id                   INTEGER PRIMARY KEY,
     created_at           TEXT    NOT NULL,
     username             TEXT    NOT NULL,
     bucket               TEXT    NOT NULL,
     object_key           TEXT    NOT NULL,
     version_id           TEXT,
     expires_in           INTEGER NOT NULL,
     requested_expires_at TEXT    NOT NULL,
     expires_at           TEXT    NOT NULL,
     download             INTEGER NOT NULL,
     client_ip            TEXT,
     user_agent           TEXT,
     fingerprint          TEXT    NOT NULL
   );
   CREATE INDEX share_links_by_user ON share_links (username, id);
   CREATE INDEX share_links_by_bucket ON share_links (bucket, id);
   CREATE INDEX share_links_by_time ON share_links (created_at);`,
];

/** Runs the pending migrations in one transaction; a second process waits, then finds none. */
export function migrate(db: Database.Database): number {
  const run = db.transaction(() => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(`The database is at schema version ${current}, newer than this console (${MIGRATIONS.length}).`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
    return MIGRATIONS.length - current;
  });
  return run.immediate();
}
