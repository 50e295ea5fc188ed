import { scryptSync } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { decoyHash, hashPassword, verifyPassword } from "./password";

// Each real hash costs ~100 ms or more (scrypt, N=2^15) on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const PASSWORD = "correct horse battery staple";

describe("hashPassword / verifyPassword", () => {
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword(PASSWORD);
  });

  it("verifies the password it hashed", async () => {
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
  });

  it("refuses a wrong password", async () => {
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
    expect(await verifyPassword("Correct horse battery staple", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("stores scrypt$N$r$p$salt$hash with a 16-byte salt and 32-byte key, never the password", () => {
    const [scheme, n, r, p, salt, hash, ...rest] = stored.split("$");
    expect(scheme).toBe("scrypt");
    expect([n, r, p]).toEqual(["32768", "8", "1"]);
    expect(Buffer.from(salt, "base64url")).toHaveLength(16);
    expect(Buffer.from(hash, "base64url")).toHaveLength(32);
    expect(salt).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(hash).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(rest).toEqual([]);
    expect(stored).not.toContain("horse");
  });

  it("salts: two hashes of the same password differ, and both verify", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(a.split("$")[4]).not.toBe(b.split("$")[4]);
    expect(await verifyPassword("same password", a)).toBe(true);
    expect(await verifyPassword("same password", b)).toBe(true);
  });

  it("normalizes to NFC, so a composed and a decomposed é are the same password", async () => {
    const stored = await hashPassword("caf\u00e9-au-lait");
    expect(await verifyPassword("cafe\u0301-au-lait", stored)).toBe(true);
  });

  it("uses the parameters written in the stored string", async () => {
    const salt = Buffer.from("0123456789abcdef");
    const key = scryptSync("secret-pass", salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = ["scrypt", 1024, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    expect(await verifyPassword("secret-pass", stored)).toBe(true);
    expect(await verifyPassword("other-pass", stored)).toBe(false);
    // The same salt and key under other parameters no longer match.
    expect(await verifyPassword("secret-pass", stored.replace("scrypt$1024$", "scrypt$2048$"))).toBe(false);
  });

  it("refuses a hash that was tampered with", async () => {
    const parts = stored.split("$");
    const key = Buffer.from(parts[5], "base64url");
    key[0] ^= 1;
    parts[5] = key.toString("base64url");
    expect(await verifyPassword(PASSWORD, parts.join("$"))).toBe(false);
  });

  describe("malformed stored strings return false", () => {
    it.each([
      "",
      "scrypt",
      "scrypt$",
      "plaintext-password",
      "bcrypt$32768$8$1$c2FsdA$aGFzaA",
      "$2b$10$abcdefghijklmnopqrstuu",
      "scrypt$32768$8$1$$aGFzaA",
      "scrypt$32768$8$1$c2FsdA$",
      "scrypt$1024$8$1$c2FsdA$aGFzaA",
      "scrypt$1024$8$1$c2FsdA$!!!!",
      "scrypt$1024$8$1$c2FsdA$aGFzaA$extra",
    ])("%j", async (stored) => {
      await expect(verifyPassword("password", stored)).resolves.toBe(false);
    });
  });
});

describe("decoyHash", () => {
  it("is a real hash, the same on every call, that a guess does not match", async () => {
    const a = await decoyHash();
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await decoyHash()).toBe(a);
    expect(await verifyPassword("", a)).toBe(false);
    expect(await verifyPassword("password", a)).toBe(false);
  });
});

describe("verifyPassword with unusable scrypt parameters", () => {
  it.each(["x", "3", "-1", "1.5", "1073741824", "16384x"])("returns false for N=%j instead of throwing", async (n) => {
    await expect(verifyPassword("pw", `scrypt$${n}$8$1$c2FsdA$aGFzaA`)).resolves.toBe(false);
  });
});
