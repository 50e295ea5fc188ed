/**
 * `attachment` Content-Disposition for a file name, per RFC 6266: an ASCII `filename` fallback for
 * old clients plus `filename*` (RFC 5987, UTF-8) so non-ASCII names survive. AWS rejects a raw
 * non-ASCII filename, so the plain parameter never carries one.
 */
export function attachmentDisposition(fileName: string): string {
  const name = wellFormed(fileName).normalize("NFC") || "download";
  const fallback = name
    .replace(/[^\x20-\x7e]/gu, "_") // one "_" per non-ASCII or control character
    .replace(/["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Lone surrogates cannot be encoded as UTF-8: replace them, as TextEncoder does. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** RFC 5987 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else percent-encoded. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
