import { describe, expect, it } from "vitest";
import { breadcrumbs, fileNameOf, folderHref, folderSegments, prefixFromPath, unshareableReason } from "./keys";

/**
 * What /b/[bucket]/[[...path]]/page.tsx reads of a URL: the still-encoded segments of its path
 * after /b/<bucket>/, and the ?prefix= parameter of its query string.
 */
function routeOf(href: string, bucket: string) {
  const url = new URL(href, "http://x");
  const base = `/b/${encodeURIComponent(bucket)}`;
  if (url.pathname !== base && !url.pathname.startsWith(base + "/")) {
    throw new Error(`${href} is not a URL of bucket ${bucket}`);
  }
  const segments = folderSegments(url.pathname);
  const all = new URLSearchParams(url.search).getAll("prefix");
  const prefixParam = all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
  return { url, segments, prefixParam };
}

const PREFIXES = [
  "",
  "a/",
  "a/b/",
  "a b/c+d/",
  "ünï/файл/",
  "%20/",
  "%2E%2E/",
  "a//b/",
  "./",
  "../",
  "a/../",
  "a/./b/",
  "/",
  "/a/",
  "x",
  "a/b",
  "a?b/c#d/",
  "a&prefix=z/",
  "a\\b/",
  ".../",
  ".hidden/",
  "日本語/😀/",
];
const BUCKETS = ["bucket", "my.bucket-1"];

describe("folderHref / prefixFromPath round trip", () => {
  for (const bucket of BUCKETS) {
    describe(`in bucket ${bucket}`, () => {
      it.each(PREFIXES)("prefix %j survives the trip through a URL", (prefix) => {
        const href = folderHref(bucket, prefix);
        const { segments, prefixParam } = routeOf(href, bucket);
        expect(prefixFromPath(segments, prefixParam)).toBe(prefix);
      });

      it.each(PREFIXES)("the href of prefix %j is not rewritten by URL parsing", (prefix) => {
        const href = folderHref(bucket, prefix);
        const url = new URL(href, "http://x");
        const [path, query] = href.split("?");
        expect(url.pathname).toBe(path);
        expect(url.search).toBe(query === undefined ? "" : `?${query}`);
        expect(url.hash).toBe("");
      });
    });
  }

  it("gives the bucket root for an empty prefix", () => {
    expect(folderHref("bucket")).toBe("/b/bucket");
    expect(folderHref("bucket", "")).toBe("/b/bucket");
  });

  it("puts ordinary folders in the path, one encoded segment each", () => {
    expect(folderHref("bucket", "a/b/")).toBe("/b/bucket/a/b");
    expect(folderHref("bucket", "a b/c+d/")).toBe("/b/bucket/a%20b/c%2Bd");
    expect(folderHref("bucket", "%20/")).toBe("/b/bucket/%2520");
    expect(folderHref("bucket", "ü/")).toBe("/b/bucket/%C3%BC");
  });

  it.each(["a//b/", "./", "../", "a/../", "a/./b/", "/", "/a/"])(
    "falls back to ?prefix= for %j, whose segments a path cannot carry",
    (prefix) => {
      expect(folderHref("bucket", prefix)).toBe(`/b/bucket?prefix=${encodeURIComponent(prefix)}`);
    },
  );

  it("falls back to ?prefix= for a prefix without a trailing slash", () => {
    expect(folderHref("bucket", "x")).toBe("/b/bucket?prefix=x");
    expect(folderHref("bucket", "a/b")).toBe("/b/bucket?prefix=a%2Fb");
  });

  it("encodes the bucket name", () => {
    expect(folderHref("a b", "c/")).toBe("/b/a%20b/c");
  });
});

describe("prefixFromPath", () => {
  it("is empty with neither segments nor parameter", () => {
    expect(prefixFromPath([], undefined)).toBe("");
  });

  it("joins segments and adds the trailing slash", () => {
    expect(prefixFromPath(["a", "b"], undefined)).toBe("a/b/");
  });

  it("prefers the ?prefix= parameter over segments", () => {
    expect(prefixFromPath(["a"], "z/")).toBe("z/");
  });

  it("takes an empty ?prefix= as the root", () => {
    expect(prefixFromPath([], "")).toBe("");
  });

  it("ignores a repeated ?prefix= parameter", () => {
    expect(prefixFromPath(["a"], ["x/", "y/"])).toBe("a/");
    expect(prefixFromPath([], ["x/", "y/"])).toBe("");
  });

  it("decodes each segment exactly once", () => {
    expect(prefixFromPath(["a%20b", "c%2520d", "caf%C3%A9"], undefined)).toBe("a b/c%20d/café/");
  });

  it("ignores the empty segment of a trailing slash", () => {
    expect(prefixFromPath(["a", ""], undefined)).toBe("a/");
  });

  it("gives undefined for malformed percent-encoding", () => {
    expect(prefixFromPath(["50%"], undefined)).toBeUndefined();
    expect(prefixFromPath(["%E0%A4%A"], undefined)).toBeUndefined();
  });
});

describe("folderSegments", () => {
  it("gives the encoded segments after /b/<bucket>/", () => {
    expect(folderSegments("/b/demo/a%20b/c")).toEqual(["a%20b", "c"]);
    expect(folderSegments("/b/demo")).toEqual([]);
  });
});

describe("breadcrumbs", () => {
  it("is empty at the root", () => {
    expect(breadcrumbs("")).toEqual([]);
  });

  it("gives one crumb per folder, each with its own prefix", () => {
    expect(breadcrumbs("a/b/")).toEqual([
      { name: "a", prefix: "a/" },
      { name: "b", prefix: "a/b/" },
    ]);
  });

  it("handles a single folder", () => {
    expect(breadcrumbs("docs/")).toEqual([{ name: "docs", prefix: "docs/" }]);
  });

  it("keeps the last segment of a prefix without a trailing slash", () => {
    expect(breadcrumbs("a/b")).toEqual([
      { name: "a", prefix: "a/" },
      { name: "b", prefix: "a/b/" },
    ]);
  });

  it("keeps empty and dot segments, so each crumb's prefix is a real prefix", () => {
    const crumbs = breadcrumbs("a//./b/");
    expect(crumbs.map((c) => c.name)).toEqual(["a", "", ".", "b"]);
    expect(crumbs.map((c) => c.prefix)).toEqual(["a/", "a//", "a//./", "a//./b/"]);
  });

  it("ends with the whole prefix", () => {
    for (const prefix of ["a/", "a/b/c/", "ünï/файл/", "a b/c+d/"]) {
      expect(breadcrumbs(prefix).at(-1)?.prefix).toBe(prefix);
    }
  });
});

describe("fileNameOf", () => {
  it.each([
    ["a/b/report.pdf", "report.pdf"],
    ["report.pdf", "report.pdf"],
    ["dir/résumé.pdf", "résumé.pdf"],
    ["a/b/", "b"],
    ["a/b//", "b"],
    ["folder/", "folder"],
    ["/", "download"],
    ["///", "download"],
    ["", "download"],
    ["/top.txt", "top.txt"],
  ])("%j → %j", (key, name) => {
    expect(fileNameOf(key)).toBe(name);
  });
});

describe("unshareableReason", () => {
  it.each(["a/./b", "../x", "a/..", ".", "..", "./x", "a/../b", "x/."])("refuses %j", (key) => {
    expect(unshareableReason(key)).toMatch(/"\." or "\.\." path segment/);
  });

  it.each(["a.b/c..d", "a/b.txt", ".hidden", "..hidden", "...", "a/.../b", "a//b", "%2E%2E/x", "", "dir/"])(
    "accepts %j",
    (key) => {
      expect(unshareableReason(key)).toBeUndefined();
    },
  );
});
