import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const SECRET = "s".repeat(32);
const base = { AUTH_SECRET: SECRET };

/** The ConfigError parseConfig throws for `env`; fails the test if it does not throw one. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("parseConfig did not throw");
}

/** The variable names a ConfigError's message lists, one per problem line. */
function problemVariables(err: ConfigError): string[] {
  return err.message
    .split("\n")
    .slice(1)
    .map((line) => /^ {2}- ([A-Z0-9_]+):/.exec(line)?.[1] ?? `unparsed: ${line}`);
}

describe("parseConfig defaults", () => {
  it("gives defaults for a minimal environment", () => {
    const config = parseConfig(base);
    expect(config).toEqual({
      s3: {
        endpoint: undefined,
        publicEndpoint: undefined,
        region: undefined,
        forcePathStyle: false,
        buckets: undefined,
        timeoutMs: 5000,
        maxAttempts: 2,
        knownObjectsSeconds: 30,
      },
      pageSize: 200,
      usersFile: path.resolve(process.cwd(), "data/users.json"),
      policyFile: path.resolve(process.cwd(), "data/policy.yaml"),
      dbFile: path.resolve(process.cwd(), "data/console.db"),
      trustProxy: false,
      sessionMaxAgeSeconds: 12 * 3600,
    });
  });

  it("ignores variables it does not know", () => {
    expect(parseConfig({ ...base, PATH: "/usr/bin", HOME: "/root" }).pageSize).toBe(200);
  });
});

describe("parseConfig S3 endpoint", () => {
  it("forces path-style addressing with AWS_ENDPOINT_URL_S3", () => {
    const { s3 } = parseConfig({ ...base, AWS_ENDPOINT_URL_S3: "http://localhost:9000" });
    expect(s3.endpoint).toBe("http://localhost:9000");
    expect(s3.forcePathStyle).toBe(true);
  });

  it("uses AWS_ENDPOINT_URL when it is the only one", () => {
    const { s3 } = parseConfig({ ...base, AWS_ENDPOINT_URL: "http://minio:9000" });
    expect(s3.endpoint).toBe("http://minio:9000");
    expect(s3.forcePathStyle).toBe(true);
  });

  it("prefers AWS_ENDPOINT_URL_S3 over AWS_ENDPOINT_URL", () => {
    const { s3 } = parseConfig({
      ...base,
      AWS_ENDPOINT_URL: "http://general:9000",
      AWS_ENDPOINT_URL_S3: "http://s3-only:9000",
    });
    expect(s3.endpoint).toBe("http://s3-only:9000");
  });

  it("removes the trailing slash and surrounding whitespace", () => {
    expect(parseConfig({ ...base, AWS_ENDPOINT_URL_S3: "https://s3.example.com/" }).s3.endpoint).toBe(
      "https://s3.example.com",
    );
    expect(parseConfig({ ...base, AWS_ENDPOINT_URL_S3: " https://s3.example.com/store/ " }).s3.endpoint).toBe(
      "https://s3.example.com/store",
    );
  });

  it("reads S3SHARE_PUBLIC_ENDPOINT separately from the endpoint", () => {
    const { s3 } = parseConfig({
      ...base,
      AWS_ENDPOINT_URL_S3: "http://minio:9000",
      S3SHARE_PUBLIC_ENDPOINT: "https://files.example.com/",
    });
    expect(s3.endpoint).toBe("http://minio:9000");
    expect(s3.publicEndpoint).toBe("https://files.example.com");
  });

  it("lets S3SHARE_FORCE_PATH_STYLE=false override the endpoint's default", () => {
    const { s3 } = parseConfig({
      ...base,
      AWS_ENDPOINT_URL_S3: "http://localhost:9000",
      S3SHARE_FORCE_PATH_STYLE: "false",
    });
    expect(s3.forcePathStyle).toBe(false);
  });

  it("lets S3SHARE_FORCE_PATH_STYLE=true force path style without an endpoint", () => {
    expect(parseConfig({ ...base, S3SHARE_FORCE_PATH_STYLE: "true" }).s3.forcePathStyle).toBe(true);
  });

  it.each([
    ["true", true],
    ["TRUE", true],
    ["1", true],
    ["yes", true],
    [" Yes ", true],
    ["false", false],
    ["0", false],
    ["no", false],
  ])("reads S3SHARE_FORCE_PATH_STYLE=%j as %s", (value, expected) => {
    expect(
      parseConfig({ ...base, AWS_ENDPOINT_URL_S3: "http://h:1", S3SHARE_FORCE_PATH_STYLE: value }).s3.forcePathStyle,
    ).toBe(expected);
    expect(parseConfig({ ...base, S3SHARE_FORCE_PATH_STYLE: value }).s3.forcePathStyle).toBe(expected);
  });

  it("refuses a boolean it cannot read", () => {
    expect(problemVariables(configError({ ...base, S3SHARE_FORCE_PATH_STYLE: "maybe" }))).toEqual([
      "S3SHARE_FORCE_PATH_STYLE",
    ]);
  });

  it.each(["not a url", "ftp://example.com", "example.com", "http//x"])("refuses the endpoint %j", (value) => {
    const err = configError({ ...base, AWS_ENDPOINT_URL_S3: value });
    expect(problemVariables(err)).toEqual(["AWS_ENDPOINT_URL_S3"]);
    expect(err.message).toContain("must be an http(s) URL");
  });

  it("refuses an endpoint with a query or fragment", () => {
    expect(configError({ ...base, AWS_ENDPOINT_URL: "http://h:9000/?a=1" }).message).toContain(
      "AWS_ENDPOINT_URL: must not have a query or fragment",
    );
    expect(configError({ ...base, S3SHARE_PUBLIC_ENDPOINT: "http://h/#x" }).message).toContain(
      "S3SHARE_PUBLIC_ENDPOINT: must not have a query or fragment",
    );
  });

  it("prefers AWS_REGION over AWS_DEFAULT_REGION", () => {
    expect(parseConfig({ ...base, AWS_DEFAULT_REGION: "eu-west-1" }).s3.region).toBe("eu-west-1");
    expect(parseConfig({ ...base, AWS_REGION: "us-east-2", AWS_DEFAULT_REGION: "eu-west-1" }).s3.region).toBe(
      "us-east-2",
    );
  });
});

describe("parseConfig S3SHARE_BUCKETS", () => {
  it("splits a comma-separated list and trims each name", () => {
    expect(parseConfig({ ...base, S3SHARE_BUCKETS: "photos, backups ,logs.2024" }).s3.buckets).toEqual([
      "photos",
      "backups",
      "logs.2024",
    ]);
  });

  it("skips empty entries", () => {
    expect(parseConfig({ ...base, S3SHARE_BUCKETS: ",photos,,backups," }).s3.buckets).toEqual(["photos", "backups"]);
  });

  it("treats a list of only commas and spaces as no list", () => {
    expect(parseConfig({ ...base, S3SHARE_BUCKETS: " , ," }).s3.buckets).toBeUndefined();
  });

  it.each(["photos,bad name", "-leading-dash", "has/slash", "a", "x".repeat(64), "ok,b@d"])(
    "refuses %j",
    (value) => {
      const err = configError({ ...base, S3SHARE_BUCKETS: value });
      expect(problemVariables(err)).toEqual(["S3SHARE_BUCKETS"]);
      expect(err.message).toContain("comma-separated list of bucket names");
    },
  );

  it("accepts a 63-character name", () => {
    const name = "b".repeat(63);
    expect(parseConfig({ ...base, S3SHARE_BUCKETS: name }).s3.buckets).toEqual([name]);
  });
});

describe("parseConfig numbers", () => {
  it("reads the page size, timeout, attempts and session length", () => {
    const config = parseConfig({
      ...base,
      S3SHARE_PAGE_SIZE: "50",
      S3SHARE_S3_TIMEOUT_MS: "100",
      AWS_MAX_ATTEMPTS: "10",
      S3SHARE_SESSION_HOURS: " 720 ",
    });
    expect(config.pageSize).toBe(50);
    expect(config.s3.timeoutMs).toBe(100);
    expect(config.s3.maxAttempts).toBe(10);
    expect(config.sessionMaxAgeSeconds).toBe(720 * 3600);
  });

  it("accepts the page size bounds 1 and 1000", () => {
    expect(parseConfig({ ...base, S3SHARE_PAGE_SIZE: "1" }).pageSize).toBe(1);
    expect(parseConfig({ ...base, S3SHARE_PAGE_SIZE: "1000" }).pageSize).toBe(1000);
  });

  it.each([
    ["abc", "must be a whole number"],
    ["1.5", "must be a whole number"],
    ["-5", "must be a whole number"],
    ["0", "must be at least 1"],
    ["1001", "must be at most 1000"],
  ])("refuses the page size %j", (value, message) => {
    const err = configError({ ...base, S3SHARE_PAGE_SIZE: value });
    expect(problemVariables(err)).toEqual(["S3SHARE_PAGE_SIZE"]);
    expect(err.message).toContain(`S3SHARE_PAGE_SIZE: ${message}`);
  });

  it("refuses out-of-range timeout, attempts and session length", () => {
    expect(problemVariables(configError({ ...base, S3SHARE_S3_TIMEOUT_MS: "99" }))).toEqual(["S3SHARE_S3_TIMEOUT_MS"]);
    expect(problemVariables(configError({ ...base, AWS_MAX_ATTEMPTS: "11" }))).toEqual(["AWS_MAX_ATTEMPTS"]);
    expect(problemVariables(configError({ ...base, S3SHARE_SESSION_HOURS: "721" }))).toEqual(["S3SHARE_SESSION_HOURS"]);
  });
});

describe("parseConfig AUTH_SECRET", () => {
  it("accepts exactly 32 characters", () => {
    expect(() => parseConfig({ AUTH_SECRET: "x".repeat(32) })).not.toThrow();
  });

  it("refuses 31 characters", () => {
    const err = configError({ AUTH_SECRET: "x".repeat(31) });
    expect(problemVariables(err)).toEqual(["AUTH_SECRET"]);
    expect(err.message).toContain("at least 32 characters");
  });

  it("is required", () => {
    expect(problemVariables(configError({}))).toEqual(["AUTH_SECRET"]);
  });

  it("never puts the secret itself in the error", () => {
    const secret = "short-but-secret-value";
    expect(configError({ AUTH_SECRET: secret }).message).not.toContain(secret);
  });
});

describe("parseConfig errors", () => {
  it("lists every bad variable at once", () => {
    const err = configError({
      AUTH_SECRET: "too-short",
      AWS_ENDPOINT_URL_S3: "not a url",
      S3SHARE_PAGE_SIZE: "lots",
      S3SHARE_BUCKETS: "bad name",
    });
    expect(err.name).toBe("ConfigError");
    expect(err.message.startsWith("Invalid configuration:\n")).toBe(true);
    expect(problemVariables(err).sort()).toEqual(
      ["AUTH_SECRET", "AWS_ENDPOINT_URL_S3", "S3SHARE_BUCKETS", "S3SHARE_PAGE_SIZE"].sort(),
    );
  });

  it("names the invalid URL it got", () => {
    expect(configError({ ...base, AWS_ENDPOINT_URL: "nope" }).message).toContain('got "nope"');
  });
});

describe("parseConfig empty variables", () => {
  it("treats empty strings as unset", () => {
    const config = parseConfig({
      ...base,
      AWS_ENDPOINT_URL_S3: "",
      AWS_ENDPOINT_URL: "",
      S3SHARE_FORCE_PATH_STYLE: "",
      S3SHARE_BUCKETS: "",
      S3SHARE_PAGE_SIZE: "",
      S3SHARE_USERS_FILE: "",
      AWS_REGION: "",
      AWS_MAX_ATTEMPTS: undefined,
    });
    expect(config).toEqual(parseConfig(base));
  });

  it("falls through an empty AWS_ENDPOINT_URL_S3 to AWS_ENDPOINT_URL", () => {
    expect(parseConfig({ ...base, AWS_ENDPOINT_URL_S3: "", AWS_ENDPOINT_URL: "http://h:1" }).s3.endpoint).toBe(
      "http://h:1",
    );
  });

  it("treats an empty AUTH_SECRET as missing", () => {
    expect(problemVariables(configError({ AUTH_SECRET: "" }))).toEqual(["AUTH_SECRET"]);
  });
});

describe("parseConfig users file", () => {
  it("resolves a relative path against the working directory", () => {
    expect(parseConfig({ ...base, S3SHARE_USERS_FILE: "conf/u.json" }).usersFile).toBe(
      path.resolve(process.cwd(), "conf/u.json"),
    );
  });

  it("keeps an absolute path", () => {
    expect(parseConfig({ ...base, S3SHARE_USERS_FILE: "/etc/s3share/users.json" }).usersFile).toBe(
      "/etc/s3share/users.json",
    );
  });
});

describe("parseConfig S3SHARE_BUCKETS names", () => {
  it.each(["ab", "a-", "-ab"])("refuses %j, which no S3 store accepts", (name) => {
    expect(() => parseConfig({ ...base, S3SHARE_BUCKETS: name })).toThrow(/S3SHARE_BUCKETS/);
  });
});

describe("parseConfig for the command line", () => {
  it("does without AUTH_SECRET", () => {
    expect(parseConfig({}, { requireAuthSecret: false }).pageSize).toBe(200);
  });
  it("still checks one that is given", () => {
    expect(problemVariables(configError({ AUTH_SECRET: "short" }))).toEqual(["AUTH_SECRET"]);
    expect(() => parseConfig({ AUTH_SECRET: "short" }, { requireAuthSecret: false })).toThrow(/AUTH_SECRET/);
  });
});
