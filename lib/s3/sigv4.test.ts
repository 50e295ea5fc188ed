import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { describe, expect, it } from "vitest";
import { AWKWARD_KEY_CORPUS as KEYS } from "@/test/support/key-corpus";
import { linkBaseFromSignedUrl, presignGet, type Credentials, type LinkBase } from "./sigv4";

const VERSIONS = [undefined, "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY", "1796316753.88510", "null"];
const DISPOSITIONS = [undefined, `attachment; filename="r_sum_.txt"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt`, "inline"];

const STATIC: Credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const TEMPORARY: Credentials = { ...STATIC, sessionToken: "FwoGZXIvYXdzEJr//////////wEaDK+/token=with/odd+chars==" };

// As the console's clients (lib/s3/client.ts): no checksum mode on GET, which would add a parameter.
const CONSOLE = { responseChecksumValidation: "WHEN_REQUIRED", requestChecksumCalculation: "WHEN_REQUIRED" } as const;

const SETUPS: { name: string; client: (c: Credentials) => S3Client; bucket: string }[] = [
  {
    name: "custom endpoint, path style",
    bucket: "demo",
    client: (credentials) => new S3Client({ ...CONSOLE, region: "us-east-1", endpoint: "http://127.0.0.1:9000", forcePathStyle: true, credentials }),
  },
  {
    name: "AWS, virtual-hosted",
    bucket: "my-bucket",
    client: (credentials) => new S3Client({ ...CONSOLE, region: "eu-west-1", credentials }),
  },
  {
    name: "AWS, a bucket with dots (path style by necessity)",
    bucket: "my.dotted.bucket",
    client: (credentials) => new S3Client({ ...CONSOLE, region: "ap-southeast-2", credentials }),
  },
  {
    name: "R2-like endpoint, region auto",
    bucket: "files",
    client: (credentials) => new S3Client({ ...CONSOLE, region: "auto", endpoint: "https://acct.r2.cloudflarestorage.com", credentials }),
  },
];

async function baseOf(client: S3Client, bucket: string): Promise<LinkBase> {
  return linkBaseFromSignedUrl(await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: "k" }), { expiresIn: 60 }));
}

describe("presignGet equals the AWS SDK's getSignedUrl byte for byte", () => {
  const now = new Date("2026-12-03T17:48:05.678Z");
  for (const setup of SETUPS) {
    for (const [credName, credentials] of [["static", STATIC], ["temporary", TEMPORARY]] as const) {
      it(`${setup.name}, ${credName} credentials`, async () => {
        const client = setup.client(credentials);
        const base = await baseOf(client, setup.bucket);
        let compared = 0;
        for (const key of KEYS) {
          for (const versionId of VERSIONS) {
            for (const disposition of DISPOSITIONS) {
              for (const expiresIn of [1, 3600, 604800]) {
                const expected = await getSignedUrl(
                  client,
                  new GetObjectCommand({ Bucket: setup.bucket, Key: key, VersionId: versionId, ResponseContentDisposition: disposition }),
                  { expiresIn, signingDate: now },
                );
                const actual = presignGet({ base, key, versionId, expiresIn, responseContentDisposition: disposition, credentials, now });
                expect(actual).toBe(expected);
                compared++;
              }
            }
          }
        }
        expect(compared).toBe(KEYS.length * VERSIONS.length * DISPOSITIONS.length * 3);
      });
    }
  }

  it("changes the signature when any input changes", () => {
    const base: LinkBase = { origin: "http://h", pathPrefix: "/b/", host: "h", region: "us-east-1", service: "s3" };
    const input = { base, key: "k", expiresIn: 60, credentials: STATIC, now };
    const sig = (u: string) => new URL(u).searchParams.get("X-Amz-Signature");
    const ref = sig(presignGet(input));
    expect(sig(presignGet({ ...input, key: "k2" }))).not.toBe(ref);
    expect(sig(presignGet({ ...input, expiresIn: 61 }))).not.toBe(ref);
    expect(sig(presignGet({ ...input, now: new Date(now.getTime() + 1000) }))).not.toBe(ref);
    expect(sig(presignGet({ ...input, credentials: { ...STATIC, secretAccessKey: "other" } }))).not.toBe(ref);
    expect(sig(presignGet({ ...input, base: { ...base, host: "h:1" } }))).not.toBe(ref);
  });
});
