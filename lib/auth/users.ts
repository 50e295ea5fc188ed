import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decoyHash, hashPassword, verifyPassword } from "./password";

/**
 * The local users file: JSON, { "users": [{ "username", "passwordHash", "groups" }] }, mode 0600.
 * Read on demand and cached by modification time, so edits apply without a restart.
 */

export const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
export const MIN_PASSWORD_LENGTH = 8;

const userSchema = z.object({
  username: z.string().regex(USERNAME),
  passwordHash: z.string().startsWith("scrypt$"),
  groups: z.array(z.string()).default([]),
});
const fileSchema = z.object({ users: z.array(userSchema) });

export type UserRecord = z.infer<typeof userSchema>;
/** What the rest of the console knows of a signed-in person. */
export type User = { username: string; groups: string[] };

export class UsersFileError extends Error {}

let cache: { file: string; version: string; users: UserRecord[] } | undefined;

export function readUsers(file: string): UserRecord[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return []; // no file yet: nobody can sign in
  }
  // A rewrite replaces the file (new inode), so this changes even within one clock tick.
  const version = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  if (cache?.file === file && cache.version === version) return cache.users;
  let parsed;
  try {
    parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch (e) {
    throw new UsersFileError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsersFileError(`${file}: ${issue.path.join(".")}: ${issue.message}`);
  }
  cache = { file, version, users: parsed.data.users };
  return cache.users;
}

function writeUsers(file: string, users: UserRecord[]) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ users }, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(tmp, file);
  cache = undefined;
}

export function findUser(file: string, username: string): User | undefined {
  const u = readUsers(file).find((r) => r.username === username);
  return u && { username: u.username, groups: u.groups };
}

/** The user if the password is right; the same time either way. */
export async function checkPassword(file: string, username: string, password: string): Promise<User | undefined> {
  const record = readUsers(file).find((r) => r.username === username);
  const ok = await verifyPassword(password, record?.passwordHash ?? (await decoyHash()));
  return ok && record ? { username: record.username, groups: record.groups } : undefined;
}

function checkNewPassword(password: string) {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new UsersFileError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

/** Adds a user, or sets the password (and groups, if given) of an existing one. */
export async function setUser(file: string, username: string, password: string, groups?: string[]): Promise<"added" | "updated"> {
  if (!USERNAME.test(username)) {
    throw new UsersFileError(`Invalid username "${username}": use letters, digits, ".", "_", "@" or "-" (at most 64).`);
  }
  checkNewPassword(password);
  const users = [...readUsers(file)];
  const passwordHash = await hashPassword(password);
  const i = users.findIndex((u) => u.username === username);
  if (i >= 0) {
    users[i] = { ...users[i], passwordHash, groups: groups ?? users[i].groups };
  } else {
    users.push({ username, passwordHash, groups: groups ?? [] });
  }
  writeUsers(file, users);
  return i >= 0 ? "updated" : "added";
}

export function removeUser(file: string, username: string): boolean {
  const users = readUsers(file);
  const rest = users.filter((u) => u.username !== username);
  if (rest.length === users.length) return false;
  writeUsers(file, rest);
  return true;
}
