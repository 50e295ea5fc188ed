import { describe, expect, it } from "vitest";
import { KnownObjects } from "./known-objects";

describe("KnownObjects", () => {
  it("remembers an object for its time to live, per version", () => {
    let t = 1000;
    const known = new KnownObjects(5000, 10, () => t);
    known.remember("b", "k");
    expect(known.has("b", "k")).toBe(true);
    expect(known.has("b", "k", "v1")).toBe(false);
    expect(known.has("other", "k")).toBe(false);
    t += 5001;
    expect(known.has("b", "k")).toBe(false);
  });

  it("evicts the least recently remembered beyond its size", () => {
    const known = new KnownObjects(60_000, 2);
    known.remember("b", "1");
    known.remember("b", "2");
    known.remember("b", "1"); // refreshed: now the newest
    known.remember("b", "3");
    expect([known.has("b", "1"), known.has("b", "2"), known.has("b", "3")]).toEqual([true, false, true]);
  });

  it("remembers nothing with a time to live of 0", () => {
    const known = new KnownObjects(0, 10);
    known.remember("b", "k");
    expect(known.has("b", "k")).toBe(false);
  });

  it("forgets on request", () => {
    const known = new KnownObjects(60_000, 10);
    known.remember("b", "k", "v");
    known.forget("b", "k", "v");
    expect(known.has("b", "k", "v")).toBe(false);
  });

  it("does not confuse keys that differ only where the separator could hide them", () => {
    const known = new KnownObjects(60_000, 10);
    known.remember("b", "x\ny");
    expect(known.has("b\nx", "y")).toBe(false);
  });
});
