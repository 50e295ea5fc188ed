import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./csp";

/** The policy as a map of directive name → its source list. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    expect(map.has(name), `directive ${name} appears twice`).toBe(false);
    map.set(name, values);
  }
  return map;
}

describe("contentSecurityPolicy", () => {
  const nonce = "dGVzdC1ub25jZS0xMjM0NQ==";

  it("allows scripts from this origin with this request's nonce", () => {
    const scriptSrc = directives(contentSecurityPolicy(nonce)).get("script-src");
    expect(scriptSrc).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  });

  it("puts a different nonce in for a different request", () => {
    const other = "b3RoZXItbm9uY2UtNjc4OQ==";
    const policy = contentSecurityPolicy(other);
    expect(policy).toContain(`'nonce-${other}'`);
    expect(policy).not.toContain(nonce);
  });

  it("forbids framing, plugins and foreign base URIs and form targets", () => {
    const d = directives(contentSecurityPolicy(nonce));
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
  });

  it("has no 'unsafe-eval' outside development", () => {
    expect(contentSecurityPolicy(nonce)).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy(nonce, false)).not.toContain("unsafe-eval");
  });

  it("adds 'unsafe-eval' to script-src in development only", () => {
    const d = directives(contentSecurityPolicy(nonce, true));
    expect(d.get("script-src")).toContain("'unsafe-eval'");
    for (const [name, values] of d) {
      if (name !== "script-src") expect(values).not.toContain("'unsafe-eval'");
    }
  });

  it("never allows inline scripts", () => {
    expect(directives(contentSecurityPolicy(nonce, true)).get("script-src")).not.toContain("'unsafe-inline'");
  });
});

describe("newNonce", () => {
  it("is the base64 of 16 bytes", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("differs on every call", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
  });
});
