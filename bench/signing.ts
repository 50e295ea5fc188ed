// Signing throughput: the console's presign path against the AWS SDK's getSignedUrl, in one
// process, on a corpus of awkward keys. `npx tsx bench/signing.ts`
import { createHash, createHmac } from "node:crypto";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { SignatureV4 } from "@smithy/signature-v4";
import { Hash } from "@smithy/hash-node";
import { presignGet, signingKey, type LinkBase } from "../lib/s3/sigv4";
import { AWKWARD_KEY_CORPUS } from "../test/support/key-corpus";
import { compare, heading, table } from "./harness";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const client = new S3Client({
  region: "us-east-1",
  endpoint: "http://127.0.0.1:9000",
  forcePathStyle: true,
  credentials,
  responseChecksumValidation: "WHEN_REQUIRED",
  requestChecksumCalculation: "WHEN_REQUIRED",
});
const keys = AWKWARD_KEY_CORPUS;
const base: LinkBase = { origin: "http://127.0.0.1:9000", pathPrefix: "/demo/", host: "127.0.0.1:9000", region: "us-east-1", service: "s3" };
const disposition = `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`;

// the same inputs for every contender: key i of the corpus, every third with a version, every other as download
const input = (i: number) => ({
  key: keys[i % keys.length],
  versionId: i % 3 === 0 ? "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY" : undefined,
  responseContentDisposition: i % 2 === 0 ? disposition : undefined,
});

const smithy = new SignatureV4({ credentials, region: "us-east-1", service: "s3", sha256: Hash.bind(null, "sha256"), uriEscapePath: false });

const results = await compare([
  {
    name: "getSignedUrl (AWS SDK v3)",
    run: (i) => {
      const x = input(i);
      return getSignedUrl(client, new GetObjectCommand({ Bucket: "demo", Key: x.key, VersionId: x.versionId, ResponseContentDisposition: x.responseContentDisposition }), { expiresIn: 3600 });
    },
  },
  {
    name: "SignatureV4.presign (@smithy, direct)",
    run: (i) => {
      const x = input(i);
      const query: Record<string, string> = { "x-id": "GetObject" };
      if (x.versionId) query.versionId = x.versionId;
      if (x.responseContentDisposition) query["response-content-disposition"] = x.responseContentDisposition;
      return smithy.presign(
        { method: "GET", protocol: "http:", hostname: "127.0.0.1", port: 9000, path: `/demo/${x.key}`, query, headers: { host: "127.0.0.1:9000", "x-amz-content-sha256": "UNSIGNED-PAYLOAD" } },
        { expiresIn: 3600 },
      );
    },
  },
  {
    name: "console: presignDownload path (credentials provider + presignGet)",
    run: async (i) => {
      const creds = await client.config.credentials();
      return presignGet({ base, ...input(i), expiresIn: 3600, credentials: creds, now: new Date() });
    },
  },
  {
    name: "console: presignGet (synchronous core)",
    run: (i) => presignGet({ base, ...input(i), expiresIn: 3600, credentials, now: new Date() }),
  },
  {
    name: "floor: one SHA-256 + one HMAC, key cached",
    run: (i) => {
      const canonical = `GET\n/demo/${keys[i % keys.length]}\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20261203%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261203T174805Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&x-id=GetObject\nhost:127.0.0.1:9000\n\nhost\nUNSIGNED-PAYLOAD`;
      const h = createHash("sha256").update(canonical).digest("hex");
      return createHmac("sha256", signingKey(credentials.secretAccessKey, "20261203", "us-east-1", "s3")).update(`AWS4-HMAC-SHA256\n20261203T174805Z\n20261203/us-east-1/s3/aws4_request\n${h}`).digest("hex");
    },
  },
]);

heading("Signing throughput (one core, one process)");
const sdk = results[0].opsPerSecond;
console.log(
  table(
    results.map((r) => ({
      contender: r.name,
      "µs/URL": r.perOpMicros,
      "URLs/s": Math.round(r.opsPerSecond),
      "× getSignedUrl": r.opsPerSecond / sdk,
    })),
  ),
);
const ours = results[2];
console.log(
  `\ntarget: ≥ 50,000 URLs/s and ≥ 30× getSignedUrl → console path ${Math.round(ours.opsPerSecond).toLocaleString("en-US")} URLs/s, ` +
    `${(ours.opsPerSecond / sdk).toFixed(1)}× — ${ours.opsPerSecond >= 50_000 && ours.opsPerSecond / sdk >= 30 ? "met" : "NOT met"}`,
);
