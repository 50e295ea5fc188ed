import { describe, expect, it } from "vitest";
import { formatAbsolute, formatBytes, formatExactBytes, formatRelative } from "./format";

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const TiB = 1024 * GiB;
const PiB = 1024 * TiB;

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [1, "1 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [1536, "1.5 KB"],
    [10 * KiB, "10.0 KB"],
    [100 * KiB, "100 KB"],
    [MiB, "1.0 MB"],
    [5.25 * GiB, "5.3 GB"],
    [2 * TiB, "2.0 TB"],
    [PiB, "1.0 PB"],
  ])("%s → %j", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("stays in petabytes for huge sizes", () => {
    expect(formatBytes(2048 * PiB)).toBe("2048 PB");
    expect(formatBytes(2 ** 70)).toBe("1048576 PB");
  });

  it("shows no decimals for bytes and for values of 100 or more", () => {
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(512 * KiB)).toBe("512 KB");
    expect(formatBytes(99 * MiB)).toBe("99.0 MB");
  });

  it.each([-1, -1024, NaN, Infinity, -Infinity])("shows a dash for %s", (bytes) => {
    expect(formatBytes(bytes)).toBe("—");
  });
});

describe("formatExactBytes", () => {
  it("groups digits in en-US by default", () => {
    expect(formatExactBytes(1234567)).toBe("1,234,567 bytes");
  });

  it("uses the singular for exactly one byte", () => {
    expect(formatExactBytes(1)).toBe("1 byte");
    expect(formatExactBytes(0)).toBe("0 bytes");
    expect(formatExactBytes(2)).toBe("2 bytes");
  });

  it("groups digits as the given locale does", () => {
    expect(formatExactBytes(1234567, "de-DE")).toBe("1.234.567 bytes");
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-12-03T17:48:00.000Z");
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it.each([
    [0, "in 0 seconds"],
    [30, "in 30 seconds"],
    [-30, "30 seconds ago"],
    [60, "in 1 minute"],
    [-60, "1 minute ago"],
    [59 * 60, "in 59 minutes"],
    [-5 * 60, "5 minutes ago"],
    [3600, "in 1 hour"],
    [-3600, "1 hour ago"],
    [5 * 3600, "in 5 hours"],
    [-23 * 3600, "23 hours ago"],
    [86400, "in 1 day"],
    [-86400, "1 day ago"],
    [3 * 86400, "in 3 days"],
    [-3 * 86400, "3 days ago"],
    [7 * 86400, "in 7 days"],
  ])("%s seconds from now → %j", (seconds, text) => {
    expect(formatRelative(at(seconds), now, "en")).toBe(text);
  });

  it("rounds, and a value that rounds up to the next unit is said in that unit", () => {
    expect(formatRelative(at(59.4), now, "en")).toBe("in 59 seconds");
    expect(formatRelative(at(59.9), now, "en")).toBe("in 1 minute");
    expect(formatRelative(at(89), now, "en")).toBe("in 1 minute");
    expect(formatRelative(at(3599), now, "en")).toBe("in 1 hour");
    expect(formatRelative(at(86399), now, "en")).toBe("in 1 day");
    expect(formatRelative(at(-3599), now, "en")).toBe("1 hour ago");
    expect(formatRelative(at(40 * 60), now, "en")).toBe("in 40 minutes");
  });

  it("moves on to months and years for long spans", () => {
    expect(formatRelative(at(90 * 86400), now, "en")).toBe("in 3 months");
    expect(formatRelative(at(-800 * 86400), now, "en")).toBe("2 years ago");
  });

  it("speaks the given locale", () => {
    expect(formatRelative(at(-3 * 86400), now, "de")).toBe("vor 3 Tagen");
  });
});

describe("formatAbsolute", () => {
  const date = new Date("2026-12-03T17:48:00.000Z");

  it("formats in UTC with the zone name", () => {
    expect(formatAbsolute(date, "en-US", "UTC")).toBe("Dec 3, 2026, 5:48 PM UTC");
  });

  it("formats in another zone, with that zone's name and hour", () => {
    const tokyo = formatAbsolute(date, "en-US", "Asia/Tokyo");
    const utc = formatAbsolute(date, "en-US", "UTC");
    expect(tokyo).not.toBe(utc);
    expect(tokyo).toBe("Dec 4, 2026, 2:48 AM GMT+9");
    expect(tokyo.endsWith(" UTC")).toBe(false);
  });

  it("shifts the hour by the zone's offset", () => {
    const hour = (text: string) => Number(/, (\d{1,2}):\d\d/.exec(text)?.[1]);
    expect(hour(formatAbsolute(date, "en-US", "UTC"))).toBe(5);
    expect(hour(formatAbsolute(date, "en-US", "Asia/Tokyo"))).toBe(2);
    expect(hour(formatAbsolute(date, "en-US", "America/New_York"))).toBe(12);
  });

  it("names a zone that observes daylight saving time by the season", () => {
    expect(formatAbsolute(date, "en-US", "America/New_York")).toBe("Dec 3, 2026, 12:48 PM EST");
    expect(formatAbsolute(new Date("2026-07-03T17:48:00.000Z"), "en-US", "America/New_York")).toBe(
      "Jul 3, 2026, 1:48 PM EDT",
    );
  });
});

describe("formatBytes rounding at unit edges", () => {
  it("carries into the next unit", () => {
    expect(formatBytes(1048575)).toBe("1.0 MB");
  });
  it("drops the decimal once the rounded value reaches 100", () => {
    expect(formatBytes(102349)).toBe("100 KB");
  });
});
