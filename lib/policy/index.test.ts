import { describe, expect, it } from "vitest";
import { may, type Action } from "./index";

const alice = { username: "alice", groups: [] };

describe("may", () => {
  it("lets a signed-in user list and share anywhere without a bucket list", () => {
    expect(may(alice, "list", "photos", {})).toBe(true);
    expect(may(alice, "share", "photos", {})).toBe(true);
    expect(may(alice, "list", undefined, {})).toBe(true);
  });

  it("allows buckets in the configured list", () => {
    const ctx = { buckets: ["photos", "backups"] };
    expect(may(alice, "list", "photos", ctx)).toBe(true);
    expect(may(alice, "share", "backups", ctx)).toBe(true);
  });

  it("refuses buckets outside the configured list", () => {
    const ctx = { buckets: ["photos"] };
    expect(may(alice, "list", "secrets", ctx)).toBe(false);
    expect(may(alice, "share", "secrets", ctx)).toBe(false);
    expect(may(alice, "share", "Photos", ctx)).toBe(false);
    expect(may(alice, "share", "", ctx)).toBe(false);
  });

  it("refuses every bucket with an empty configured list", () => {
    expect(may(alice, "list", "photos", { buckets: [] })).toBe(false);
  });

  it("allows an action that names no bucket (the bucket list page) within a bucket list", () => {
    expect(may(alice, "list", undefined, { buckets: ["photos"] })).toBe(true);
  });

  it("refuses a user without a username", () => {
    expect(may({ username: "", groups: [] }, "list", "photos", {})).toBe(false);
    expect(may({ username: "", groups: ["admin"] }, "share", undefined, {})).toBe(false);
  });

  it("refuses an action it does not know", () => {
    expect(may(alice, "delete" as Action, "photos", {})).toBe(false);
    expect(may(alice, "admin" as Action, undefined, {})).toBe(false);
  });

  it("leaves its inputs unchanged", () => {
    const user = { username: "alice", groups: ["staff"] };
    const ctx = { buckets: ["photos"] };
    may(user, "share", "secrets", ctx);
    may(user, "list", "photos", ctx);
    expect(user).toEqual({ username: "alice", groups: ["staff"] });
    expect(ctx).toEqual({ buckets: ["photos"] });
  });
});
