import { formatBytes, formatExactBytes } from "@/lib/format";

/** A size in human units, exact bytes on hover. */
export function Size({ bytes }: { bytes: number }) {
  return (
    <span title={formatExactBytes(bytes)} className="tabular-nums">
      {formatBytes(bytes)}
    </span>
  );
}
