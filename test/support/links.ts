/** Proving links: a plain HTTP client, and a forged signature. Shared by integration and browser tests. */

/** GET a URL with a plain HTTP client: status, headers and exact bytes. */
export async function fetchBytes(url: string) {
  const res = await fetch(url, { redirect: "manual" });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Flips one hex digit of the signature: same length, wrong value. */
export function tamperSignature(url: string): string {
  return url.replace(/(X-Amz-Signature=[0-9a-f]{10})([0-9a-f])/, (_, head: string, c: string) => head + (c === "0" ? "1" : "0"));
}
