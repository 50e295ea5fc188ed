import { describe, expect, it } from "vitest";
import { parsePolicy } from "./file";
import { isAdmin, may, mayListUnder, shareLimits, type PolicyContext } from "./index";

const policy = parsePolicy(
  `
admins: [root, "group:ops"]
rules:
  - who: ["group:eng", bob]
    buckets: [demo]
    keys: ["reports/**"]
    actions: [list, share]
    expiry: { default: 1h, max: 1d }
  - who: [bob]
    buckets: [demo]
    keys: ["reports/2024/**"]
    actions: [share]
    expiry: { default: 2h, max: 3d }
  - who: ["*"]
    buckets: ["public-*"]
    actions: [list]
  - who: [dave]
    buckets: [demo]
    keys: ["photos/*"]
    actions: [list]
`,
  "policy.yaml",
);
const ctx: PolicyContext = { policy };
const user = (username: string, groups: string[] = []) => ({ username, groups });
const bob = user("bob");
const erin = user("erin", ["eng"]);
const dave = user("dave");
const root = user("root");
const olga = user("olga", ["ops"]);
const nobody = user("nobody");

describe("may", () => {
  it("grants by username and by group", () => {
    expect(may(bob, "list", "demo", "reports/a.txt", ctx)).toBe(true);
    expect(may(erin, "share", "demo", "reports/2025/x.csv", ctx)).toBe(true);
  });

  it("denies by default: another key, bucket, action or user", () => {
    expect(may(bob, "list", "demo", "photos/a.png", ctx)).toBe(false);
    expect(may(bob, "list", "other", "reports/a.txt", ctx)).toBe(false);
    expect(may(dave, "share", "demo", "photos/a.png", ctx)).toBe(false);
    expect(may(nobody, "list", "demo", "reports/a.txt", ctx)).toBe(false);
  });

  it("matches key globs by segment", () => {
    expect(may(dave, "list", "demo", "photos/a.png", ctx)).toBe(true);
    expect(may(dave, "list", "demo", "photos/deep/a.png", ctx)).toBe(false);
  });

  it("lets everyone list what '*' grants", () => {
    expect(may(nobody, "list", "public-docs", "any/key", ctx)).toBe(true);
    expect(may(nobody, "share", "public-docs", "any/key", ctx)).toBe(false);
  });

  it("lets admins, by name or group, do everything", () => {
    for (const admin of [root, olga]) {
      expect(isAdmin(admin, ctx)).toBe(true);
      expect(may(admin, "share", "secret-bucket", "x", ctx)).toBe(true);
    }
    expect(isAdmin(bob, ctx)).toBe(false);
  });

  it("keeps everyone, admins included, inside the configured bucket list", () => {
    const scoped = { ...ctx, buckets: ["demo"] };
    expect(may(root, "list", "other", "x", scoped)).toBe(false);
    expect(may(bob, "list", "demo", "reports/a", scoped)).toBe(true);
  });
});

describe("mayListUnder", () => {
  it("shows a bucket and the folders that lead to something listable", () => {
    expect(mayListUnder(bob, "demo", "", ctx)).toBe(true);
    expect(mayListUnder(bob, "demo", "reports/", ctx)).toBe(true);
    expect(mayListUnder(bob, "demo", "reports/2024/q1/", ctx)).toBe(true);
    expect(mayListUnder(bob, "demo", "photos/", ctx)).toBe(false);
    expect(mayListUnder(bob, "other", "", ctx)).toBe(false);
  });

  it("does not count share-only rules as listing", () => {
    expect(mayListUnder(user("zed"), "demo", "", ctx)).toBe(false);
  });

  it("stops at a single-segment glob", () => {
    expect(mayListUnder(dave, "demo", "photos/", ctx)).toBe(true);
    expect(mayListUnder(dave, "demo", "photos/deep/", ctx)).toBe(false);
  });
});

describe("shareLimits", () => {
  it("gives the rule's default and maximum", () => {
    expect(shareLimits(erin, "demo", "reports/a.txt", ctx)).toEqual({ defaultSeconds: 3600, maxSeconds: 86400 });
  });

  it("takes the most generous of several matching rules", () => {
    expect(shareLimits(bob, "demo", "reports/2024/a.txt", ctx)).toEqual({ defaultSeconds: 7200, maxSeconds: 3 * 86400 });
    expect(shareLimits(bob, "demo", "reports/2023/a.txt", ctx)).toEqual({ defaultSeconds: 3600, maxSeconds: 86400 });
  });

  it("is undefined where the user may not share", () => {
    expect(shareLimits(dave, "demo", "photos/a.png", ctx)).toBeUndefined();
    expect(shareLimits(bob, "demo", "photos/a.png", ctx)).toBeUndefined();
  });

  it("gives admins SigV4's full range", () => {
    expect(shareLimits(root, "anything", "x", ctx)).toEqual({ defaultSeconds: 3600, maxSeconds: 604800 });
  });
});
