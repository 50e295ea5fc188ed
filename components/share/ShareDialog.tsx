"use client";
import { useEffect, useId, useRef, useState } from "react";
import { createShareLinkAction, shareOptionsAction } from "@/lib/actions/share";
import type { ShareLimits } from "@/lib/policy";
import type { ShareLink } from "@/lib/s3/types";
import { describeDuration, EXPIRY_PRESETS, MAX_EXPIRY_SECONDS, UNITS } from "@/lib/share/expiry";
import { Spinner } from "@/components/ui/Spinner";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { LocalTime } from "@/components/ui/LocalTime";
import { InlineError } from "@/components/ui/InlineError";

export type ShareTarget = { bucket: string; key: string; versionId?: string };

const CUSTOM = "custom";

export function ShareDialog({ target, onClose }: { target: ShareTarget | null; onClose: () => void }) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title="Share a presigned link"
      description={
        target && (
          <>
            <span className="font-mono">{target.key}</span>
            {target.versionId && <span> · version {target.versionId}</span>}
          </>
        )
      }
    >
      {/* Keyed, so each object starts with a fresh form. */}
      {target && <ShareOptions key={`${target.bucket}/${target.key}@${target.versionId ?? ""}`} target={target} />}
    </Dialog>
  );
}

/** Loads how long this user may share this object, then shows the form. */
function ShareOptions({ target }: { target: ShareTarget }) {
  const [state, setState] = useState<{ limits?: ShareLimits; error?: string }>({});
  useEffect(() => {
    let live = true;
    shareOptionsAction(target)
      .then((r) => live && setState(r.ok ? { limits: r.data } : { error: r.error.message }))
      .catch(() => live && setState({ error: "The console could not be reached. Try again." }));
    return () => {
      live = false;
    };
  }, [target]);
  if (state.error) {
    return (
      <InlineError>{state.error}</InlineError>
    );
  }
  if (!state.limits) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-500">
        <Spinner /> Loading…
      </p>
    );
  }
  return <ShareForm target={target} limits={state.limits} />;
}

/** The presets within the user's maximum, plus their default if it is not one of them. */
function presetsFor(limits: ShareLimits) {
  const presets = EXPIRY_PRESETS.filter((p) => p.seconds <= limits.maxSeconds);
  if (!presets.some((p) => p.seconds === limits.defaultSeconds)) {
    presets.push({ label: describeDuration(limits.defaultSeconds), seconds: limits.defaultSeconds });
    presets.sort((a, b) => a.seconds - b.seconds);
  }
  return presets;
}

function ShareForm({ target, limits }: { target: ShareTarget; limits: ShareLimits }) {
  const ids = { expiry: useId(), amount: useId(), unit: useId(), download: useId(), url: useId(), error: useId() };
  const presets = presetsFor(limits);
  const [preset, setPreset] = useState(String(limits.defaultSeconds));
  const [amount, setAmount] = useState("2");
  const [unit, setUnit] = useState("hours");
  const [download, setDownload] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [link, setLink] = useState<ShareLink>();
  const [copied, setCopied] = useState(false);
  const urlRef = useRef<HTMLInputElement>(null);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setLink(undefined);
    setCopied(false);
    const expiresIn = preset === CUSTOM ? { amount, unit } : { amount: Number(preset), unit: "seconds" };
    try {
      const result = await createShareLinkAction({ ...target, expiresIn, download });
      if (result.ok) setLink(result.data);
      else setError(result.error.message);
    } catch {
      setError("The console could not be reached. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
    } catch {
      // No clipboard API (plain http on a LAN address): fall back to the selection.
      urlRef.current?.select();
      document.execCommand("copy");
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  }

  const field =
    "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-800";

  return (
    <div className="space-y-5">
      <form onSubmit={create} className="space-y-4" aria-describedby={error ? ids.error : undefined}>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.expiry} className="text-sm font-medium">
              Expires in
            </label>
            <select id={ids.expiry} value={preset} onChange={(e) => setPreset(e.target.value)} className={field}>
              {presets.map((p) => (
                <option key={p.seconds} value={String(p.seconds)}>
                  {p.label}
                </option>
              ))}
              <option value={CUSTOM}>Custom…</option>
            </select>
          </div>
          {preset === CUSTOM && (
            <>
              <div className="flex flex-col gap-1">
                <label htmlFor={ids.amount} className="text-sm font-medium">
                  Custom expiry
                </label>
                <input
                  id={ids.amount}
                  inputMode="numeric"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                  className={`${field} w-24`}
                />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={ids.unit} className="text-sm font-medium">
                  Unit
                </label>
                <select id={ids.unit} value={unit} onChange={(e) => setUnit(e.target.value)} className={field}>
                  {Object.keys(UNITS).map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
        </div>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          From 1 second up to {describeDuration(limits.maxSeconds)}
          {limits.maxSeconds === MAX_EXPIRY_SECONDS ? ", the longest S3 allows" : ", the longest you may share this object"}.
        </p>

        <div className="flex items-center gap-2">
          <input
            id={ids.download}
            type="checkbox"
            checked={download}
            onChange={(e) => setDownload(e.target.checked)}
            className="size-4 accent-sky-600"
          />
          <label htmlFor={ids.download} className="text-sm">
            Download as file
          </label>
          <span className="text-xs text-slate-500 dark:text-slate-400">(save instead of opening in the browser)</span>
        </div>

        {error && (
          <InlineError id={ids.error}>{error}</InlineError>
        )}

        <Button type="submit" variant="primary" busy={busy}>
          Create link
        </Button>
      </form>

      {link && (
        <div className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-700">
          <div className="flex items-baseline justify-between">
            <label htmlFor={ids.url} className="text-sm font-medium">
              Presigned URL
            </label>
            <span aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
              {copied ? "Copied to the clipboard." : ""}
            </span>
          </div>
          <div className="flex gap-2">
            <input
              id={ids.url}
              ref={urlRef}
              readOnly
              value={link.url}
              onFocus={(e) => e.target.select()}
              className={`${field} min-w-0 flex-1 font-mono text-xs`}
            />
            <Button onClick={copy} variant="primary">
              Copy
            </Button>
          </div>
          <p className="text-sm">
            Expires <LocalTime iso={link.expiresAt} relative />
          </p>
          {link.credentialsExpireAt && (
            <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              The console&apos;s S3 credentials expire before the time you asked for (
              <LocalTime iso={link.requestedExpiresAt} />
              ), so this link stops working when they do, at <LocalTime iso={link.credentialsExpireAt} />. Ask your
              administrator for longer-lived credentials to share for longer.
            </p>
          )}
          <p className="text-xs text-slate-500 dark:text-slate-400">
            Anyone with this link can download the object until it expires. It cannot be revoked.
          </p>
        </div>
      )}
    </div>
  );
}
