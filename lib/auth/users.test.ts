import { scryptSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  MIN_PASSWORD_LENGTH,
  UsersFileError,
  checkPassword,
  findUser,
  readUsers,
  removeUser,
  setUser,
} from "./users";

// setUser and checkPassword run a real scrypt (N=2^15) each time.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let dir: string;
let counter = 0;
/** A fresh, not yet existing users file in the test's temp dir. */
const newFile = () => path.join(dir, `users-${++counter}.json`);

/** A cheap but real scrypt hash (N=1024), for files written by hand. */
function cheapHash(password: string) {
  const salt = Buffer.from(`salt-${password}`.padEnd(16, "x").slice(0, 16));
  const key = scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 });
  return ["scrypt", 1024, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

function writeJson(file: string, data: unknown) {
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "s3share-users-test-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("setUser", () => {
  it("adds a user to a new file with mode 0600, without the password in it", async () => {
    const file = newFile();
    expect(await setUser(file, "alice", "alice-password", ["staff"])).toBe("added");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, "utf8");
    expect(text).not.toContain("alice-password");
    const json = JSON.parse(text);
    expect(json.users).toHaveLength(1);
    expect(json.users[0]).toMatchObject({ username: "alice", groups: ["staff"] });
    expect(json.users[0].passwordHash).toMatch(/^scrypt\$/);
  });

  it("leaves no temporary file behind", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "clean-"));
    const file = path.join(sub, "users.json");
    await setUser(file, "alice", "alice-password");
    expect(fs.readdirSync(sub)).toEqual(["users.json"]);
  });

  it("creates missing directories", async () => {
    const file = path.join(dir, "nested", "deeper", "users.json");
    await setUser(file, "alice", "alice-password");
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: [] });
  });

  it("adds a second user and keeps the first", async () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("alice-password"), groups: ["a"] }] });
    expect(await setUser(file, "bob", "bob-password")).toBe("added");
    expect(readUsers(file).map((u) => u.username)).toEqual(["alice", "bob"]);
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: ["a"] });
    expect(findUser(file, "bob")).toEqual({ username: "bob", groups: [] });
  });

  it("updates an existing user's password and keeps the groups unless given", async () => {
    const file = newFile();
    const oldHash = cheapHash("old-password");
    writeJson(file, { users: [{ username: "alice", passwordHash: oldHash, groups: ["staff"] }] });

    expect(await setUser(file, "alice", "new-password")).toBe("updated");
    expect(readUsers(file)).toHaveLength(1);
    expect(readUsers(file)[0].passwordHash).not.toBe(oldHash);
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: ["staff"] });
    expect(await checkPassword(file, "alice", "new-password")).toEqual({ username: "alice", groups: ["staff"] });
    expect(await checkPassword(file, "alice", "old-password")).toBeUndefined();
  });

  it("replaces the groups when given", async () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("x"), groups: ["staff"] }] });
    expect(await setUser(file, "alice", "new-password", [])).toBe("updated");
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: [] });
  });

  it.each(["", "-alice", ".alice", "a b", "alice!", "al/ice", "ünï", "a".repeat(65)])(
    "refuses the username %j and writes nothing",
    async (username) => {
      const file = newFile();
      await expect(setUser(file, username, "long-enough-password")).rejects.toThrow(UsersFileError);
      await expect(setUser(file, username, "long-enough-password")).rejects.toThrow(/Invalid username/);
      expect(fs.existsSync(file)).toBe(false);
    },
  );

  it("accepts usernames with . _ @ - and up to 64 characters", async () => {
    const file = newFile();
    await setUser(file, "a.b_c@d-e", "long-enough-password");
    await setUser(file, "a".repeat(64), "long-enough-password");
    expect(readUsers(file).map((u) => u.username)).toEqual(["a.b_c@d-e", "a".repeat(64)]);
  });

  it("refuses a password shorter than 8 characters and writes nothing", async () => {
    expect(MIN_PASSWORD_LENGTH).toBe(8);
    const file = newFile();
    const attempt = setUser(file, "alice", "1234567");
    await expect(attempt).rejects.toThrow(UsersFileError);
    await expect(setUser(file, "alice", "1234567")).rejects.toThrow("at least 8 characters");
    expect(fs.existsSync(file)).toBe(false);
  });

  it("accepts a password of exactly 8 characters", async () => {
    const file = newFile();
    expect(await setUser(file, "alice", "12345678")).toBe("added");
  });
});

describe("checkPassword", () => {
  const file = () => path.join(dir, "check.json");

  beforeAll(() => {
    writeJson(file(), {
      users: [
        { username: "alice", passwordHash: cheapHash("alice-password"), groups: ["staff", "ops"] },
        { username: "bob", passwordHash: cheapHash("bob-password") },
      ],
    });
  });

  it("returns the user for the right password", async () => {
    expect(await checkPassword(file(), "alice", "alice-password")).toEqual({ username: "alice", groups: ["staff", "ops"] });
  });

  it("defaults missing groups to none", async () => {
    expect(await checkPassword(file(), "bob", "bob-password")).toEqual({ username: "bob", groups: [] });
  });

  it("returns undefined for a wrong password", async () => {
    expect(await checkPassword(file(), "alice", "bob-password")).toBeUndefined();
    expect(await checkPassword(file(), "alice", "")).toBeUndefined();
  });

  it("returns undefined for an unknown user, whatever the password", async () => {
    expect(await checkPassword(file(), "carol", "alice-password")).toBeUndefined();
    expect(await checkPassword(file(), "Alice", "alice-password")).toBeUndefined();
  });

  it("returns undefined when there is no users file", async () => {
    expect(await checkPassword(path.join(dir, "missing.json"), "alice", "alice-password")).toBeUndefined();
  });

  it("does not return the password hash", async () => {
    const user = await checkPassword(file(), "alice", "alice-password");
    expect(Object.keys(user ?? {}).sort()).toEqual(["groups", "username"]);
  });
});

describe("findUser", () => {
  it("finds a user by exact username", () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("x"), groups: ["g"] }] });
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: ["g"] });
    expect(findUser(file, "ALICE")).toBeUndefined();
    expect(findUser(file, "bob")).toBeUndefined();
  });

  it("finds nobody without a file", () => {
    expect(findUser(path.join(dir, "missing.json"), "alice")).toBeUndefined();
    expect(readUsers(path.join(dir, "missing.json"))).toEqual([]);
  });
});

describe("removeUser", () => {
  it("removes a user and keeps the others", () => {
    const file = newFile();
    writeJson(file, {
      users: [
        { username: "alice", passwordHash: cheapHash("a"), groups: [] },
        { username: "bob", passwordHash: cheapHash("b"), groups: [] },
      ],
    });
    expect(removeUser(file, "alice")).toBe(true);
    expect(findUser(file, "alice")).toBeUndefined();
    expect(findUser(file, "bob")).toEqual({ username: "bob", groups: [] });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it("returns false for an unknown user and leaves the file alone", () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("a"), groups: [] }] });
    const before = fs.readFileSync(file, "utf8");
    expect(removeUser(file, "bob")).toBe(false);
    expect(fs.readFileSync(file, "utf8")).toBe(before);
  });

  it("returns false without a file and does not create one", () => {
    const file = newFile();
    expect(removeUser(file, "alice")).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("makes the removed user's password stop working", async () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("alice-password"), groups: [] }] });
    expect(await checkPassword(file, "alice", "alice-password")).toBeDefined();
    removeUser(file, "alice");
    expect(await checkPassword(file, "alice", "alice-password")).toBeUndefined();
  });
});

describe("a corrupted users file", () => {
  it("that is not JSON gives a UsersFileError naming the file", () => {
    const file = newFile();
    fs.writeFileSync(file, '{"users": [ {"username": "alice", ');
    expect(() => readUsers(file)).toThrow(UsersFileError);
    expect(() => readUsers(file)).toThrow(`${file} is not valid JSON`);
    expect(() => findUser(file, "alice")).toThrow(UsersFileError);
  });

  it.each([
    ["an invalid username", { users: [{ username: "bad name", passwordHash: cheapHash("x") }] }, "users.0.username"],
    ["a non-scrypt hash", { users: [{ username: "alice", passwordHash: "plaintext" }] }, "users.0.passwordHash"],
    ["a missing hash", { users: [{ username: "ok" }, { username: "alice" }] }, "users.0.passwordHash"],
    ["groups that are not strings", { users: [{ username: "alice", passwordHash: cheapHash("x"), groups: [1] }] }, "users.0.groups.0"],
    ["no users list", { people: [] }, "users"],
    ["a list instead of an object", [], ""],
  ])("with %s gives a UsersFileError naming the file and the field", (_, data, field) => {
    const file = newFile();
    writeJson(file, data);
    let error: unknown;
    try {
      readUsers(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsersFileError);
    expect((error as Error).message.startsWith(`${file}: ${field}`)).toBe(true);
  });

  it("makes checkPassword reject rather than let anyone in", async () => {
    const file = newFile();
    fs.writeFileSync(file, "not json");
    await expect(checkPassword(file, "alice", "whatever")).rejects.toThrow(UsersFileError);
  });

  it("makes setUser refuse rather than overwrite it", async () => {
    const file = newFile();
    fs.writeFileSync(file, "not json");
    await expect(setUser(file, "alice", "long-enough-password")).rejects.toThrow(UsersFileError);
    expect(fs.readFileSync(file, "utf8")).toBe("not json");
  });
});

describe("the cache", () => {
  it("notices a file replaced by another one (rename)", () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("a"), groups: [] }] });
    expect(findUser(file, "alice")).toBeDefined();

    const tmp = `${file}.new`;
    writeJson(tmp, { users: [{ username: "bob", passwordHash: cheapHash("b"), groups: [] }] });
    fs.renameSync(tmp, file);
    expect(findUser(file, "alice")).toBeUndefined();
    expect(findUser(file, "bob")).toBeDefined();
  });

  it("notices a file edited in place", () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("a"), groups: [] }] });
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: [] });

    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("a"), groups: ["admins"] }] });
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: ["admins"] });
  });

  it("notices a file that was valid and then broke", () => {
    const file = newFile();
    writeJson(file, { users: [] });
    expect(readUsers(file)).toEqual([]);
    fs.writeFileSync(file, "{ broken");
    expect(() => readUsers(file)).toThrow(UsersFileError);
  });

  it("notices the file being deleted", () => {
    const file = newFile();
    writeJson(file, { users: [{ username: "alice", passwordHash: cheapHash("a"), groups: [] }] });
    expect(findUser(file, "alice")).toBeDefined();
    fs.unlinkSync(file);
    expect(findUser(file, "alice")).toBeUndefined();
  });

  it("keeps two files apart", () => {
    const a = newFile();
    const b = newFile();
    writeJson(a, { users: [{ username: "alice", passwordHash: cheapHash("a"), groups: [] }] });
    writeJson(b, { users: [{ username: "bob", passwordHash: cheapHash("b"), groups: [] }] });
    expect(findUser(a, "alice")).toBeDefined();
    expect(findUser(b, "alice")).toBeUndefined();
    expect(findUser(b, "bob")).toBeDefined();
    expect(findUser(a, "bob")).toBeUndefined();
  });

  it("sees a user setUser just added", async () => {
    const file = newFile();
    writeJson(file, { users: [] });
    expect(findUser(file, "alice")).toBeUndefined();
    await setUser(file, "alice", "alice-password");
    expect(findUser(file, "alice")).toEqual({ username: "alice", groups: [] });
  });
});
