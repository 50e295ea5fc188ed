import type { ButtonHTMLAttributes } from "react";
import { Spinner } from "./Spinner";

const VARIANTS = {
  primary: "bg-sky-600 text-white hover:bg-sky-700 disabled:bg-sky-600/60",
  secondary:
    "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700",
  ghost: "text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-800",
};

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof VARIANTS;
  /** Shows a spinner and disables the button while work is in flight. */
  busy?: boolean;
  size?: "sm" | "md";
};

export function Button({ variant = "secondary", busy = false, size = "md", className = "", children, disabled, ...rest }: Props) {
  const sizing = size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2 text-sm";
  return (
    <button
      type="button"
      {...rest}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={`inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed ${sizing} ${VARIANTS[variant]} ${className}`}
    >
      {busy && <Spinner />}
      {children}
    </button>
  );
}
