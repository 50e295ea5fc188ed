/** Link lifetimes: units, presets and SigV4's bounds. Pure functions, shared by the UI and the server. */

export const UNITS = { seconds: 1, minutes: 60, hours: 3600, days: 86400 } as const;
export type ExpiryUnit = keyof typeof UNITS;
export type ExpiryInput = { amount: number | string; unit: string };

/** SigV4 presigned URLs live at least 1 second and at most 7 days. */
export const MIN_EXPIRY_SECONDS = 1;
export const MAX_EXPIRY_SECONDS = 7 * 86400;

export const EXPIRY_PRESETS: { label: string; seconds: number }[] = [
  { label: "15 minutes", seconds: 15 * 60 },
  { label: "1 hour", seconds: 3600 },
  { label: "12 hours", seconds: 12 * 3600 },
  { label: "1 day", seconds: 86400 },
  { label: "7 days", seconds: 7 * 86400 },
];
export const DEFAULT_EXPIRY_SECONDS = 3600;

export type ExpiryResult = { ok: true; seconds: number } | { ok: false; error: string };

/** "3 hours" → 10800; refuses anything a store would reject later. */
export function parseExpiry(input: ExpiryInput): ExpiryResult {
  if (!Object.hasOwn(UNITS, input.unit)) {
    return { ok: false, error: `Unknown unit "${input.unit}": use seconds, minutes, hours or days.` };
  }
  const raw = typeof input.amount === "string" ? input.amount.trim() : String(input.amount);
  if (!/^\d+$/.test(raw)) {
    return { ok: false, error: "Expiry must be a whole number, such as 15 or 2." };
  }
  const seconds = Number(raw) * UNITS[input.unit as ExpiryUnit];
  if (seconds < MIN_EXPIRY_SECONDS || seconds > MAX_EXPIRY_SECONDS) {
    return { ok: false, error: "Expiry must be between 1 second and 7 days (the longest a presigned URL can live)." };
  }
  return { ok: true, seconds };
}

/** When a link really stops working: the requested time, or sooner if its credentials expire first. */
export function effectiveExpiry(now: Date, seconds: number, credentialsExpireAt?: Date) {
  const requested = new Date(now.getTime() + seconds * 1000);
  const cutShort = credentialsExpireAt !== undefined && credentialsExpireAt < requested;
  return { requested, effective: cutShort ? credentialsExpireAt : requested, cutShort };
}

/** 90 → "1 minute 30 seconds"; 604800 → "7 days". */
export function describeDuration(seconds: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(seconds));
  for (const [unit, size] of [["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n) parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
  }
  return parts.slice(0, 2).join(" ") || "0 seconds";
}
