import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { config } from "@/lib/config";
import { migrate } from "./migrations";

let db: Database.Database | undefined;

/** The console's database (SQLite, WAL), opened and migrated on first use. */
export function database(): Database.Database {
  if (!db) db = openDatabase(config().dbFile);
  return db;
}

export function openDatabase(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  // Audit rows must survive a crash the moment their link is returned.
  conn.pragma("synchronous = FULL");
  conn.pragma("busy_timeout = 5000");
  migrate(conn);
  return conn;
}
