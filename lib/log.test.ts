import { describe, expect, it } from "vitest";
import { redactUrl } from "./log";

const SIGNATURE = "9f2c1a0b7e6d5c4b3a29181716151413121110090807060504030201a0b0c0d0";
const CREDENTIAL = "AKIAIOSFODNN7EXAMPLE%2F20261203%2Fus-east-1%2Fs3%2Faws4_request";
const TOKEN = "IQoJb3JpZ2luX2VjEJr%2F%2F%2F%2F%2F%2F%2F%2F%2F%2FwEaCXVzLWVhc3QtMSJHMEUCIQ";

const presigned =
  "https://bucket.s3.us-east-1.amazonaws.com/dir/report.pdf" +
  "?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
  `&X-Amz-Credential=${CREDENTIAL}` +
  "&X-Amz-Date=20261203T174800Z" +
  "&X-Amz-Expires=3600" +
  `&X-Amz-Security-Token=${TOKEN}` +
  `&X-Amz-Signature=${SIGNATURE}` +
  "&X-Amz-SignedHeaders=host" +
  "&x-id=GetObject";

describe("redactUrl", () => {
  it("replaces the signature, credential and session token", () => {
    const out = redactUrl(presigned);
    expect(out).not.toContain(SIGNATURE);
    expect(out).not.toContain(CREDENTIAL);
    expect(out).not.toContain("AKIAIOSFODNN7EXAMPLE");
    expect(out).not.toContain(TOKEN);
    expect(out).toContain("&X-Amz-Credential=REDACTED&");
    expect(out).toContain("&X-Amz-Security-Token=REDACTED&");
    expect(out).toContain("&X-Amz-Signature=REDACTED&");
  });

  it("keeps the other parameters and the path", () => {
    const out = redactUrl(presigned);
    expect(out.startsWith("https://bucket.s3.us-east-1.amazonaws.com/dir/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&")).toBe(true);
    expect(out).toContain("&X-Amz-Date=20261203T174800Z&");
    expect(out).toContain("&X-Amz-Expires=3600&");
    expect(out).toContain("&X-Amz-SignedHeaders=host&");
    expect(out.endsWith("&x-id=GetObject")).toBe(true);
  });

  it("redacts exactly the three secret values and nothing else", () => {
    const expected = presigned
      .replace(CREDENTIAL, "REDACTED")
      .replace(TOKEN, "REDACTED")
      .replace(SIGNATURE, "REDACTED");
    expect(redactUrl(presigned)).toBe(expected);
  });

  it("redacts a secret that is the first query parameter", () => {
    expect(redactUrl("http://h/k?X-Amz-Signature=abc&b=1")).toBe("http://h/k?X-Amz-Signature=REDACTED&b=1");
  });

  it("is case-insensitive about the parameter names", () => {
    const out = redactUrl("http://h/k?x-amz-signature=aaa&X-AMZ-CREDENTIAL=bbb&x-Amz-Security-token=ccc&keep=1");
    expect(out).toBe("http://h/k?x-amz-signature=REDACTED&X-AMZ-CREDENTIAL=REDACTED&x-Amz-Security-token=REDACTED&keep=1");
  });

  it("works inside JSON text, stopping at the closing quote", () => {
    const line = JSON.stringify({ event: "share.created", url: presigned, user: "alice" });
    const out = redactUrl(line);
    expect(out).not.toContain(SIGNATURE);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(CREDENTIAL);
    const parsed = JSON.parse(out);
    expect(parsed.user).toBe("alice");
    expect(parsed.event).toBe("share.created");
    expect(parsed.url).toContain("X-Amz-Signature=REDACTED&X-Amz-SignedHeaders=host");
  });

  it("redacts two URLs in one string", () => {
    const text = `first http://h/a?X-Amz-Signature=one1 then http://h/b?X-Amz-Credential=two2&X-Amz-Signature=three3 end`;
    expect(redactUrl(text)).toBe(
      "first http://h/a?X-Amz-Signature=REDACTED then http://h/b?X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED end",
    );
  });

  it("stops a value at whitespace and quotes", () => {
    expect(redactUrl("'http://h/?X-Amz-Signature=abc' next")).toBe("'http://h/?X-Amz-Signature=REDACTED' next");
    expect(redactUrl("http://h/?X-Amz-Signature=abc\nnext")).toBe("http://h/?X-Amz-Signature=REDACTED\nnext");
  });

  it("leaves text without secrets unchanged", () => {
    const text = "GET /b/bucket?prefix=a%2F&X-Amz-Date=1 Signature=not-a-param X-Amz-Signature without query";
    expect(redactUrl(text)).toBe(text);
  });

  it("only redacts whole parameter names", () => {
    expect(redactUrl("http://h/?My-X-Amz-Signature=keep")).toBe("http://h/?My-X-Amz-Signature=keep");
  });
});

describe("redactUrl on a presigned URL nested in another URL's query", () => {
  it("redacts the percent-encoded parameters and keeps the rest", () => {
    const inner = "https://s3.example/b/k?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=abcdef&x-id=GetObject";
    const outer = `https://console.example/go?next=${encodeURIComponent(inner)}`;
    const out = redactUrl(outer);
    expect(out).not.toContain("abcdef");
    expect(out).not.toContain("AKIA");
    expect(out).toContain("x-id%3DGetObject");
  });
});
