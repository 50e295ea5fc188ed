/** Human-friendly sizes and times. Pure; the time zone and locale are the caller's (the viewer's browser). */

const SIZE_UNITS = ["B", "KB", "MB", "GB", "TB", "PB"];

/** 1536 → "1.5 KB" (powers of 1024, as the S3 console shows them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "—";
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  let text = value.toFixed(unit === 0 ? 0 : 1);
  // Rounding can carry into the next unit: 1048575 bytes is "1.0 MB", not "1024 KB".
  if (Number(text) >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
    text = value.toFixed(1);
  }
  if (unit > 0 && Number(text) >= 100) text = value.toFixed(0);
  return `${text} ${SIZE_UNITS[unit]}`;
}

/** 1234567 → "1,234,567 bytes". */
export function formatExactBytes(bytes: number, locale?: string): string {
  return `${bytes.toLocaleString(locale ?? "en-US")} ${bytes === 1 ? "byte" : "bytes"}`;
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
  ["month", 12],
  ["year", Infinity],
];

/** "in 5 minutes", "3 days ago": the largest unit under which the rounded value fits. */
export function formatRelative(date: Date, now: Date, locale?: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  let value = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    // 3599.4 s rounds to 60 minutes: that is "in 1 hour", not "in 60 minutes".
    if (Math.abs(Math.round(value)) < size) return rtf.format(Math.round(value) || 0, unit);
    value /= size;
  }
  return rtf.format(Math.round(value), "year");
}

/** "Dec 3, 2026, 5:48 PM UTC" in the viewer's zone. */
export function formatAbsolute(date: Date, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date) + " " + zoneName(date, locale, timeZone);
}

function zoneName(date: Date, locale?: string, timeZone?: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZoneName: "short", timeZone })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}
