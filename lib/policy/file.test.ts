import { describe, expect, it } from "vitest";
import { parseDuration, parsePolicy, PolicyError } from "./file";

const parse = (text: string) => parsePolicy(text, "policy.yaml");
const errorOf = (text: string) => {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return (e as Error).message;
  }
  throw new Error("expected a PolicyError");
};

describe("parseDuration", () => {
  it.each([
    ["90s", 90],
    ["15m", 900],
    ["12h", 43200],
    ["7d", 604800],
    [" 2 h ", 7200],
    [3600, 3600],
  ])("%j → %d", (input, seconds) => expect(parseDuration(input)).toBe(seconds));

  it.each(["", "0s", "1w", "1.5h", "-1h", "h", 0, -5, 1.5])("refuses %j", (input) => expect(parseDuration(input)).toBeUndefined());
});

describe("parsePolicy", () => {
  it("accepts an empty file as deny-everything", () => {
    expect(parse("")).toEqual({ admins: [], rules: [] });
  });

  it("defaults keys to everything and expiry to none", () => {
    const p = parse("rules:\n  - who: ['*']\n    buckets: [demo]\n    actions: [list]\n");
    expect(p.rules[0].keys.map((k) => k.source)).toEqual(["**"]);
    expect(p.rules[0].expiry).toEqual({});
  });

  it("names the file and line of a YAML syntax error", () => {
    expect(errorOf("admins: [alice\nrules: []\n")).toMatch(/^policy\.yaml:\d+: /);
  });

  it("names the line and field of an unknown action", () => {
    const msg = errorOf("rules:\n  - who: [bob]\n    buckets: [demo]\n    actions: [list, shar]\n");
    expect(msg).toMatch(/^policy\.yaml:4: rules\.0\.actions\.1: unknown action: use list, share/);
  });

  it("refuses an expiry beyond 7 days and a default above the max", () => {
    expect(errorOf("rules:\n  - who: [bob]\n    buckets: [demo]\n    actions: [share]\n    expiry: { max: 8d }\n")).toMatch(
      /policy\.yaml:5: rules\.0\.expiry\.max: "8d" is longer than 7 days/,
    );
    expect(errorOf("rules:\n  - who: [bob]\n    buckets: [demo]\n    actions: [share]\n    expiry: { default: 2d, max: 1d }\n")).toMatch(
      /default is longer than max/,
    );
    expect(errorOf("rules:\n  - who: [bob]\n    buckets: [demo]\n    actions: [share]\n    expiry: { max: soon }\n")).toMatch(
      /"soon" is not a duration/,
    );
  });

  it("refuses unknown fields, so a typo does not silently grant or deny", () => {
    expect(errorOf("rules:\n  - who: [bob]\n    bucket: [demo]\n    actions: [list]\n")).toMatch(/unknown field "bucket"/);
    expect(errorOf("admin: [bob]\n")).toMatch(/^policy\.yaml:1: unknown field "admin"/);
  });

  it("refuses a rule without anyone, any bucket or any action", () => {
    expect(errorOf("rules:\n  - who: []\n    buckets: [demo]\n    actions: [list]\n")).toMatch(/rules\.0\.who/);
    expect(errorOf("rules:\n  - who: [bob]\n    actions: [list]\n")).toMatch(/rules\.0\.buckets/);
    expect(errorOf("rules:\n  - who: [bob]\n    buckets: [demo]\n    actions: []\n")).toMatch(/rules\.0\.actions/);
  });

  it("refuses a subject that is neither a user, a group nor '*'", () => {
    expect(errorOf("admins: ['team:ops']\n")).toMatch(/admins\.0: write a username, "group:NAME" or "\*"/);
  });

  it("lists every problem at once", () => {
    const msg = errorOf("admins: ['x:y']\nrules:\n  - who: [bob]\n    buckets: [demo]\n    actions: [fly]\n");
    expect(msg.split("\n")).toHaveLength(2);
  });

  it("refuses duplicate keys", () => {
    expect(errorOf("admins: [a]\nadmins: [b]\n")).toMatch(/^policy\.yaml:2:/);
  });
});
