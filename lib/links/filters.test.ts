import { describe, expect, it } from "vitest";
import { linkQuery, parseLinkFilters } from "./filters";

describe("parseLinkFilters", () => {
  it("reads every filter", () => {
    const r = parseLinkFilters({ bucket: "demo", q: "report", user: "bob", from: "2026-12-01", to: "2026-12-03", before: "42" });
    expect(r.filter).toEqual({
      bucket: "demo",
      keyContains: "report",
      username: "bob",
      from: "2026-12-01T00:00:00.000Z",
      to: "2026-12-04T00:00:00.000Z",
    });
    expect(r.before).toBe(42);
  });

  it("ignores malformed and repeated values", () => {
    const r = parseLinkFilters({ from: "yesterday", to: "2026-13-45", before: "1; DROP TABLE", bucket: ["a", "b"], q: "  " });
    expect(r.filter).toEqual({ bucket: undefined, keyContains: undefined, username: undefined, from: undefined, to: undefined });
    expect(r.before).toBeUndefined();
  });
});

describe("linkQuery", () => {
  it("keeps non-empty values and adds extras", () => {
    expect(linkQuery({ bucket: "demo", q: "" }, { before: 7 })).toBe("?bucket=demo&before=7");
    expect(linkQuery({ q: "" })).toBe("");
  });
});
