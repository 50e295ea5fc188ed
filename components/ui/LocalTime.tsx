"use client";
import { useEffect, useState } from "react";
import { formatAbsolute, formatRelative } from "@/lib/format";

/** Re-renders every `everyMs` on the client; undefined during server rendering. */
export function useNow(everyMs: number): Date | undefined {
  const [now, setNow] = useState<Date>();
  useEffect(() => {
    setNow(new Date());
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/**
 * A time in the viewer's own time zone, which only the browser knows: the server renders the UTC
 * timestamp and the browser replaces it after hydration.
 */
export function LocalTime({ iso, relative = false }: { iso: string; relative?: boolean }) {
  const now = useNow(relative ? 1000 : 60_000);
  const date = new Date(iso);
  if (!now) {
    return <time dateTime={iso}>{iso.slice(0, 16).replace("T", " ")} UTC</time>;
  }
  const absolute = formatAbsolute(date);
  return (
    <time dateTime={iso} title={absolute}>
      {relative ? `${absolute} (${formatRelative(date, now)})` : absolute}
    </time>
  );
}
