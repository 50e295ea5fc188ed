import { describe, expect, it } from "vitest";
import { toS3Failure } from "./errors";

/** A raw message with things that must never reach a person: a URL, a credential, a stack. */
const RAW =
  "UnknownError at https://bucket.s3.amazonaws.com/k?X-Amz-Signature=deadbeef AKIAIOSFODNN7EXAMPLE\n    at foo (/app/node_modules/x.js:1:2)";

function sdkError(name: string, status?: number, message = RAW) {
  const err = new Error(message) as Error & { $metadata: { httpStatusCode?: number } };
  err.name = name;
  err.$metadata = { httpStatusCode: status };
  return err;
}

function nodeError(code: string, message = RAW) {
  return Object.assign(new Error(message), { code });
}

const bucket = "photos";
const key = "2026/trip.jpg";

describe("toS3Failure", () => {
  describe("missing bucket or key", () => {
    it("maps NoSuchBucket", () => {
      const failure = toS3Failure(sdkError("NoSuchBucket", 404), { bucket, key });
      expect(failure.code).toBe("NoSuchBucket");
      expect(failure.message).toBe('Bucket "photos" does not exist.');
    });

    it("maps a bare 404 without a key to NoSuchBucket", () => {
      expect(toS3Failure(sdkError("NotFound", 404), { bucket }).code).toBe("NoSuchBucket");
      expect(toS3Failure({ $metadata: { httpStatusCode: 404 } }, { bucket }).code).toBe("NoSuchBucket");
    });

    it.each(["NoSuchKey", "NotFound", "NoSuchVersion"])("maps %s with a key to NoSuchKey", (name) => {
      const failure = toS3Failure(sdkError(name, 404), { bucket, key });
      expect(failure.code).toBe("NoSuchKey");
      expect(failure.message).toBe('The object "2026/trip.jpg" in bucket "photos" does not exist (it may have been deleted).');
    });

    it("maps a bare 404 with a key to NoSuchKey", () => {
      expect(toS3Failure({ $metadata: { httpStatusCode: 404 } }, { bucket, key }).code).toBe("NoSuchKey");
    });
  });

  describe("access and credentials", () => {
    it.each(["AccessDenied", "Forbidden", "AllAccessDisabled"])("maps %s to AccessDenied naming the object", (name) => {
      const failure = toS3Failure(sdkError(name, 403), { bucket, key });
      expect(failure.code).toBe("AccessDenied");
      expect(failure.message).toContain('"2026/trip.jpg" in bucket "photos"');
    });

    it("maps a bare 403 to AccessDenied naming the bucket", () => {
      const failure = toS3Failure({ $metadata: { httpStatusCode: 403 } }, { bucket });
      expect(failure.code).toBe("AccessDenied");
      expect(failure.message).toContain('bucket "photos"');
    });

    it("says 'the store' when access is denied without a bucket (ListBuckets)", () => {
      const failure = toS3Failure(sdkError("AccessDenied", 403));
      expect(failure.code).toBe("AccessDenied");
      expect(failure.message).toBe("Access denied to the store: the console's credentials lack permission.");
    });

    it.each(["InvalidAccessKeyId", "SignatureDoesNotMatch"])("maps %s, even with a 403, to InvalidCredentials", (name) => {
      expect(toS3Failure(sdkError(name, 403), { bucket }).code).toBe("InvalidCredentials");
    });

    it.each(["InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken"])(
      "maps %s with a 400 to InvalidCredentials",
      (name) => {
        const failure = toS3Failure(sdkError(name, 400), { bucket });
        expect(failure).toEqual({
          code: "InvalidCredentials",
          message: "The storage service rejected the console's credentials.",
        });
      },
    );

    it("maps CredentialsProviderError to NoCredentials", () => {
      const failure = toS3Failure(sdkError("CredentialsProviderError"), { bucket });
      expect(failure.code).toBe("NoCredentials");
      expect(failure.message).toContain("AWS_ACCESS_KEY_ID");
    });

    it("recognises 'Could not load credentials' in any error", () => {
      const err = new Error("Could not load credentials from any providers");
      expect(toS3Failure(err, { bucket }).code).toBe("NoCredentials");
    });
  });

  describe("network", () => {
    it("maps TimeoutError to Timeout", () => {
      expect(toS3Failure({ name: "TimeoutError" }, { bucket }).code).toBe("Timeout");
    });

    it("maps ETIMEDOUT and 'timed out' messages to Timeout", () => {
      expect(toS3Failure(nodeError("ETIMEDOUT"), { bucket }).code).toBe("Timeout");
      expect(toS3Failure(new Error("socket timed out after 5000ms"), { bucket }).code).toBe("Timeout");
      expect(toS3Failure(new Error("Request timeout"), { bucket }).code).toBe("Timeout");
    });

    it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"])(
      "maps %s to Unreachable",
      (code) => {
        const failure = toS3Failure(nodeError(code), { bucket, key });
        expect(failure).toEqual({
          code: "Unreachable",
          message: "The storage service cannot be reached. Try again in a moment.",
        });
      },
    );

    it("works on a plain object with only a code", () => {
      expect(toS3Failure({ code: "ECONNREFUSED" }).code).toBe("Unreachable");
    });
  });

  describe("anything else", () => {
    it("explains a missing region", () => {
      const failure = toS3Failure(new Error("Region is missing"));
      expect(failure).toEqual({ code: "Unknown", message: "No S3 region is configured: set AWS_REGION." });
    });

    it("names the SDK error without its message", () => {
      const failure = toS3Failure(sdkError("SlowDown", 503), { bucket });
      expect(failure).toEqual({ code: "Unknown", message: "The storage service returned an error (SlowDown)." });
    });

    it.each([undefined, null, "a string", 42, {}])("survives being given %j", (err) => {
      expect(toS3Failure(err)).toEqual({ code: "Unknown", message: "The storage service returned an error." });
    });
  });

  describe("never leaks the raw error", () => {
    const cases: [string, unknown][] = [
      ["NoSuchBucket", sdkError("NoSuchBucket", 404)],
      ["NoSuchKey", sdkError("NoSuchKey", 404)],
      ["AccessDenied", sdkError("AccessDenied", 403)],
      ["InvalidAccessKeyId", sdkError("InvalidAccessKeyId", 403)],
      ["ExpiredToken", sdkError("ExpiredToken", 400)],
      ["CredentialsProviderError", sdkError("CredentialsProviderError")],
      ["TimeoutError", sdkError("TimeoutError")],
      ["ECONNREFUSED", nodeError("ECONNREFUSED")],
      ["Unknown", sdkError("InternalError", 500)],
    ];

    it.each(cases)("%s: the message has neither the raw text nor its secrets", (_, err) => {
      const { message } = toS3Failure(err, { bucket, key });
      expect(message).not.toContain(RAW);
      expect(message).not.toContain("X-Amz-Signature");
      expect(message).not.toContain("https://");
      expect(message).not.toContain("AKIA");
      expect(message).not.toContain("node_modules");
      expect(message).not.toContain("UnknownError");
    });
  });
});

describe("toS3Failure trusts an explicit error name over the request context", () => {
  it("calls NoSuchKey a missing key even when the caller gave no key", () => {
    expect(toS3Failure({ name: "NoSuchKey", $metadata: { httpStatusCode: 404 } }, { bucket: "b" }).code).toBe("NoSuchKey");
  });
  it("does not print 'undefined' for a missing bucket without context", () => {
    expect(toS3Failure({ name: "NoSuchBucket" }).message).not.toContain("undefined");
  });
  it("calls an expired token a credentials problem", () => {
    expect(toS3Failure({ name: "ExpiredToken", $metadata: { httpStatusCode: 403 } }, { bucket: "b" }).code).toBe("InvalidCredentials");
  });
});
