"use client";
import { useEffect, useState } from "react";
import { objectDetailsAction } from "@/lib/actions/browse";
import type { ObjectDetails } from "@/lib/s3/types";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { LocalTime } from "@/components/ui/LocalTime";
import { Spinner } from "@/components/ui/Spinner";
import type { ShareTarget } from "@/components/share/ShareDialog";
import { Size } from "./Size";
import { InlineError } from "@/components/ui/InlineError";

type Props = {
  target: { bucket: string; key: string } | null;
  onClose: () => void;
  onShare: (target: ShareTarget) => void;
};

export function ObjectDetailsDialog({ target, onClose, onShare }: Props) {
  return (
    <Dialog open={target !== null} onClose={onClose} title="Object details" description={target && <span className="font-mono">{target.key}</span>} wide>
      {target && <DetailsBody key={`${target.bucket}/${target.key}`} target={target} onShare={onShare} />}
    </Dialog>
  );
}

function DetailsBody({ target, onShare }: { target: { bucket: string; key: string }; onShare: Props["onShare"] }) {
  const [state, setState] = useState<{ details?: ObjectDetails; error?: string }>({});

  useEffect(() => {
    let live = true;
    objectDetailsAction({ bucket: target.bucket, key: target.key })
      .then((r) => live && setState(r.ok ? { details: r.data } : { error: r.error.message }))
      .catch(() => live && setState({ error: "The console could not be reached. Try again." }));
    return () => {
      live = false;
    };
  }, [target.bucket, target.key]);

  if (state.error) {
    return (
      <InlineError>{state.error}</InlineError>
    );
  }
  const d = state.details;
  if (!d) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-500" aria-live="polite">
        <Spinner /> Loading details…
      </p>
    );
  }

  const rows: [string, React.ReactNode][] = [
    ["Bucket", d.bucket],
    ["Key", <span key="k" className="break-all font-mono">{d.key}</span>],
    ["Size", <Size key="s" bytes={d.size} />],
    ["Last modified", <LocalTime key="t" iso={d.lastModified} />],
    ["Content type", d.contentType],
    ["ETag", <span key="e" className="break-all font-mono">{d.etag}</span>],
    ["Storage class", d.storageClass],
  ];

  return (
    <div className="space-y-5">
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {d.canShare && (
        <Button variant="primary" onClick={() => onShare({ bucket: d.bucket, key: d.key })}>
          Share
        </Button>
      )}

      {d.versions && (
        <section aria-labelledby="versions-heading">
          <h3 id="versions-heading" className="mb-2 font-medium">
            Versions
          </h3>
          {d.versions.length === 0 ? (
            <p className="text-sm text-slate-500">No versions recorded for this key.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Versions of this object, newest first</caption>
              <thead className="text-slate-500 dark:text-slate-400">
                <tr>
                  <th className="py-1 font-medium">Version</th>
                  <th className="py-1 font-medium">Size</th>
                  <th className="py-1 font-medium">Last modified</th>
                  <th className="py-1">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.versions.map((v) => (
                  <tr key={v.versionId} className="border-t border-slate-200 dark:border-slate-700">
                    <td className="py-1.5 font-mono text-xs">
                      {v.versionId}
                      {v.isLatest && (
                        <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 font-sans text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">
                          latest
                        </span>
                      )}
                    </td>
                    <td className="py-1.5">
                      <Size bytes={v.size} />
                    </td>
                    <td className="py-1.5">
                      <LocalTime iso={v.lastModified} />
                    </td>
                    <td className="py-1.5 text-right">
                      {d.canShare && (
                        <Button
                          size="sm"
                          aria-label={`Share version ${v.versionId}`}
                          onClick={() => onShare({ bucket: d.bucket, key: d.key, versionId: v.versionId })}
                        >
                          Share version
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
