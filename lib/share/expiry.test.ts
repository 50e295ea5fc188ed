import { describe, expect, it } from "vitest";
import {
  DEFAULT_EXPIRY_SECONDS,
  EXPIRY_PRESETS,
  MAX_EXPIRY_SECONDS,
  MIN_EXPIRY_SECONDS,
  describeDuration,
  effectiveExpiry,
  parseExpiry,
} from "./expiry";

const WHOLE_NUMBER_ERROR = /whole number/;
const RANGE_ERROR = /between 1 second and 7 days/;
const UNIT_ERROR = /Unknown unit/;

describe("constants", () => {
  it("match SigV4's bounds of 1 second and 7 days", () => {
    expect(MIN_EXPIRY_SECONDS).toBe(1);
    expect(MAX_EXPIRY_SECONDS).toBe(604800);
  });

  it("has presets and a default that parseExpiry accepts", () => {
    for (const { seconds } of EXPIRY_PRESETS) {
      expect(parseExpiry({ amount: seconds, unit: "seconds" })).toEqual({ ok: true, seconds });
    }
    expect(parseExpiry({ amount: DEFAULT_EXPIRY_SECONDS, unit: "seconds" })).toEqual({ ok: true, seconds: 3600 });
  });

  it("labels presets with their duration", () => {
    for (const { label, seconds } of EXPIRY_PRESETS) {
      expect(describeDuration(seconds)).toBe(label);
    }
  });
});

describe("parseExpiry", () => {
  describe("units", () => {
    it.each([
      [15, "seconds", 15],
      [15, "minutes", 900],
      [3, "hours", 10800],
      [2, "days", 172800],
    ])("%s %s is %s seconds", (amount, unit, seconds) => {
      expect(parseExpiry({ amount, unit })).toEqual({ ok: true, seconds });
    });

    it("accepts the amount as a string", () => {
      expect(parseExpiry({ amount: "3", unit: "hours" })).toEqual({ ok: true, seconds: 10800 });
    });

    it.each(["weeks", "Minutes", "HOURS", "second", "", "s"])("refuses the unknown unit %j", (unit) => {
      const result = parseExpiry({ amount: 1, unit });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(UNIT_ERROR);
    });

    it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
      "refuses the prototype key %j as a unit",
      (unit) => {
        const result = parseExpiry({ amount: 1, unit });
        expect(result).toEqual({ ok: false, error: expect.stringMatching(UNIT_ERROR) });
      },
    );

    it("names the unknown unit in its error", () => {
      const result = parseExpiry({ amount: 1, unit: "fortnights" });
      expect(result.ok === false && result.error).toContain('"fortnights"');
    });
  });

  describe("bounds", () => {
    it("accepts exactly 1 second", () => {
      expect(parseExpiry({ amount: 1, unit: "seconds" })).toEqual({ ok: true, seconds: 1 });
    });

    it("refuses 0 in every unit", () => {
      for (const unit of ["seconds", "minutes", "hours", "days"]) {
        expect(parseExpiry({ amount: 0, unit })).toEqual({ ok: false, error: expect.stringMatching(RANGE_ERROR) });
        expect(parseExpiry({ amount: "0", unit })).toEqual({ ok: false, error: expect.stringMatching(RANGE_ERROR) });
      }
    });

    it("accepts exactly 604800 seconds, 10080 minutes, 168 hours and 7 days", () => {
      expect(parseExpiry({ amount: 604800, unit: "seconds" })).toEqual({ ok: true, seconds: 604800 });
      expect(parseExpiry({ amount: 10080, unit: "minutes" })).toEqual({ ok: true, seconds: 604800 });
      expect(parseExpiry({ amount: 168, unit: "hours" })).toEqual({ ok: true, seconds: 604800 });
      expect(parseExpiry({ amount: 7, unit: "days" })).toEqual({ ok: true, seconds: 604800 });
    });

    it.each([
      [604801, "seconds"],
      [10081, "minutes"],
      [169, "hours"],
      [8, "days"],
    ])("refuses %s %s, just past 7 days", (amount, unit) => {
      expect(parseExpiry({ amount, unit })).toEqual({ ok: false, error: expect.stringMatching(RANGE_ERROR) });
    });

    it("refuses huge amounts without overflowing into acceptance", () => {
      expect(parseExpiry({ amount: "99999999999999999999999", unit: "days" }).ok).toBe(false);
      expect(parseExpiry({ amount: Number.MAX_SAFE_INTEGER, unit: "seconds" }).ok).toBe(false);
    });
  });

  describe("malformed amounts", () => {
    it.each(["1.5", "-1", "", "1e3", "+1", "0x10", "1 000", "1,5", "abc", "7s", "NaN", "Infinity", " ", "٣"])(
      "refuses the string %j",
      (amount) => {
        expect(parseExpiry({ amount, unit: "seconds" })).toEqual({
          ok: false,
          error: expect.stringMatching(WHOLE_NUMBER_ERROR),
        });
      },
    );

    it.each([1.5, -1, NaN, Infinity, -Infinity, 1e21])("refuses the number %s", (amount) => {
      expect(parseExpiry({ amount, unit: "seconds" })).toEqual({
        ok: false,
        error: expect.stringMatching(WHOLE_NUMBER_ERROR),
      });
    });

    it("trims whitespace around a string amount", () => {
      expect(parseExpiry({ amount: " 7 ", unit: "days" })).toEqual({ ok: true, seconds: 604800 });
      expect(parseExpiry({ amount: "\t2\n", unit: "minutes" })).toEqual({ ok: true, seconds: 120 });
    });

    it("reads leading zeros as decimal", () => {
      expect(parseExpiry({ amount: "010", unit: "seconds" })).toEqual({ ok: true, seconds: 10 });
    });

    it("accepts the number 1e3, which is the whole number 1000", () => {
      expect(parseExpiry({ amount: 1e3, unit: "seconds" })).toEqual({ ok: true, seconds: 1000 });
    });

    it("checks the unit before the amount", () => {
      expect(parseExpiry({ amount: "1.5", unit: "weeks" })).toEqual({
        ok: false,
        error: expect.stringMatching(UNIT_ERROR),
      });
    });
  });
});

describe("effectiveExpiry", () => {
  const now = new Date("2026-01-01T00:00:00.000Z");

  it("without credentials expiry, the link lives as long as requested", () => {
    const result = effectiveExpiry(now, 3600);
    expect(result.requested.toISOString()).toBe("2026-01-01T01:00:00.000Z");
    expect(result.effective.toISOString()).toBe("2026-01-01T01:00:00.000Z");
    expect(result.cutShort).toBe(false);
  });

  it("is cut short by credentials that expire first", () => {
    const credentials = new Date("2026-01-01T00:30:00.000Z");
    const result = effectiveExpiry(now, 3600, credentials);
    expect(result.requested.toISOString()).toBe("2026-01-01T01:00:00.000Z");
    expect(result.effective.toISOString()).toBe("2026-01-01T00:30:00.000Z");
    expect(result.cutShort).toBe(true);
  });

  it("is not cut short by credentials that expire later", () => {
    const result = effectiveExpiry(now, 3600, new Date("2026-01-01T02:00:00.000Z"));
    expect(result.effective.toISOString()).toBe("2026-01-01T01:00:00.000Z");
    expect(result.cutShort).toBe(false);
  });

  it("is not cut short by credentials that expire at the same instant", () => {
    const result = effectiveExpiry(now, 3600, new Date("2026-01-01T01:00:00.000Z"));
    expect(result.effective.toISOString()).toBe("2026-01-01T01:00:00.000Z");
    expect(result.cutShort).toBe(false);
  });

  it("handles the 7-day maximum", () => {
    expect(effectiveExpiry(now, MAX_EXPIRY_SECONDS).requested.toISOString()).toBe("2026-01-08T00:00:00.000Z");
  });

  it("does not mutate its inputs", () => {
    const credentials = new Date("2026-01-01T00:30:00.000Z");
    effectiveExpiry(now, 3600, credentials);
    expect(now.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(credentials.toISOString()).toBe("2026-01-01T00:30:00.000Z");
  });
});

describe("describeDuration", () => {
  it.each([
    [0, "0 seconds"],
    [1, "1 second"],
    [2, "2 seconds"],
    [60, "1 minute"],
    [90, "1 minute 30 seconds"],
    [3600, "1 hour"],
    [7200, "2 hours"],
    [3661, "1 hour 1 minute"],
    [86400, "1 day"],
    [90000, "1 day 1 hour"],
    [604800, "7 days"],
  ])("%s → %j", (seconds, text) => {
    expect(describeDuration(seconds)).toBe(text);
  });

  it("keeps only the two largest non-zero parts", () => {
    // 1 day 1 hour 1 minute 1 second
    expect(describeDuration(90061)).toBe("1 day 1 hour");
  });

  it("rounds to the nearest second", () => {
    expect(describeDuration(1.4)).toBe("1 second");
    expect(describeDuration(59.6)).toBe("1 minute");
  });

  it("treats negative durations as 0 seconds", () => {
    expect(describeDuration(-5)).toBe("0 seconds");
  });
});
