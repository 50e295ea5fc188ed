import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { watchedFile } from "@/lib/watched-file";
import { decoyHash, hashPassword, verifyPassword } from "./password";

/**
 * The local users file: JSON, { "users": [{ "username", "passwordHash", "groups" }] }, mode 0600.
 * Read on demand and parsed again when it changes, so edits apply without a restart.
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

const usersFile = watchedFile(
  (text, file) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsersFileError(`${file} is not valid JSON: ${(e as Error).message}`);
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsersFileError(`${file}: ${issue.path.join(".")}: ${issue.message}`);
    }
    return parsed.data.users;
  },
  () => [] as UserRecord[], // no file yet: nobody can sign in
);

export function readUsers(file: string): UserRecord[] {
  return usersFile.read(file);
}

function writeUsers(file: string, users: UserRecord[]) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ users }, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(tmp, file);
  usersFile.forget();
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
