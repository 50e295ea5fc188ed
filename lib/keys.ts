/**
 * Keys and console URLs. A key is arbitrary UTF-8; folders are prefixes ending in "/".
 * A folder's URL is /b/<bucket>/<segment>/<segment> with each segment percent-encoded, so it can
 * be bookmarked and pasted. Segments a URL cannot carry ("", ".", "..": browsers collapse or
 * resolve them) fall back to /b/<bucket>?prefix=<prefix>.
 */

const DELIMITER = "/";

function isDotOrEmpty(segment: string) {
  return segment === "" || segment === "." || segment === "..";
}

/** The console URL of a folder. */
export function folderHref(bucket: string, prefix = ""): string {
  const base = `/b/${encodeURIComponent(bucket)}`;
  if (!prefix) return base;
  const segments = prefix.slice(0, -DELIMITER.length).split(DELIMITER);
  if (!prefix.endsWith(DELIMITER) || segments.some(isDotOrEmpty)) {
    return `${base}?prefix=${encodeURIComponent(prefix)}`;
  }
  return `${base}/${segments.map(encodeURIComponent).join("/")}`;
}

/**
 * The folder prefix a page shows, from the percent-encoded segments of its URL path (after
 * /b/<bucket>/) and its ?prefix= parameter. Decodes exactly once, here: Next's own decoding of
 * catch-all params has varied between versions and runtimes. Undefined if the path is not
 * valid percent-encoding.
 */
export function prefixFromPath(encodedSegments: string[], prefixParam: string | string[] | undefined): string | undefined {
  if (typeof prefixParam === "string") return prefixParam;
  const segments = encodedSegments.filter((s, i) => s !== "" || i < encodedSegments.length - 1);
  if (!segments.length) return "";
  try {
    return segments.map(decodeURIComponent).join(DELIMITER) + DELIMITER;
  } catch {
    return undefined;
  }
}

/** Request header in which proxy.ts passes pages their raw (still-encoded) URL path. */
export const REQUEST_PATH_HEADER = "x-console-path";

/** The still-encoded path segments after /b/<bucket>/ of a URL path. */
export function folderSegments(pathname: string): string[] {
  return pathname.split("/").slice(3);
}

/** Breadcrumb trail of a prefix: "a/b/" → [{name:"a", prefix:"a/"}, {name:"b", prefix:"a/b/"}]. */
export function breadcrumbs(prefix: string): { name: string; prefix: string }[] {
  if (!prefix) return [];
  const segments = prefix.split(DELIMITER);
  // A prefix ends with the delimiter, so the last segment is empty; a filter prefix may not.
  if (segments.at(-1) === "") segments.pop();
  return segments.map((name, i) => ({ name, prefix: segments.slice(0, i + 1).join(DELIMITER) + DELIMITER }));
}

/** The name a downloaded file gets: the key's last segment ("a/b/report.pdf" → "report.pdf"). */
export function fileNameOf(key: string): string {
  const trimmed = key.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf(DELIMITER) + 1) || "download";
}

/**
 * Why a key cannot be shared as a URL, or undefined if it can. Every HTTP client resolves "." and
 * ".." path segments (and their %2E forms) before sending, so the store would see another path
 * than the one signed and answer 403.
 */
export function unshareableReason(key: string): string | undefined {
  if (key.split(DELIMITER).some((s) => s === "." || s === "..")) {
    return 'This key has a "." or ".." path segment, which browsers and HTTP clients rewrite before sending: S3 would reject any link to it.';
  }
  return undefined;
}
