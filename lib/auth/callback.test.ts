import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback";

describe("safeCallbackPath", () => {
  it.each(["/b/x", "/b", "/", "/b/bucket/a%20b?prefix=x#top", "/b/my.bucket/a/b"])("keeps the local path %j", (path) => {
    expect(safeCallbackPath(path)).toBe(path);
  });

  it.each(["//evil.com", "//evil.com/b/x", "/\\evil", "/\\/evil.com", "https://evil", "http://evil.com/b", "evil.com", "b/x", "", "javascript:alert(1)"])(
    "refuses %j",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/b");
    },
  );

  it.each([undefined, null, 42, {}, ["/b/x"], ["/b/x", "/b/y"]])("refuses the non-string %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/b");
  });

  it("keeps what it returns on this site", () => {
    for (const value of ["/b/x", "//evil.com", "/\\evil", "https://evil"]) {
      expect(new URL(safeCallbackPath(value), "https://console.example").origin).toBe("https://console.example");
    }
  });

  it("uses the given fallback", () => {
    expect(safeCallbackPath("//evil.com", "/signin")).toBe("/signin");
    expect(safeCallbackPath(undefined, "/signin")).toBe("/signin");
    expect(safeCallbackPath("/b/x", "/signin")).toBe("/b/x");
  });
});

describe("safeCallbackPath against characters URL parsers drop", () => {
  it.each(["/\t/evil.com", "/\n/evil.com", "/\r\n/evil.com", "/a\\..\\\\evil.com"])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/b");
  });
});
