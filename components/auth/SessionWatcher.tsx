"use client";
import { useEffect, useState } from "react";
import { pingAction } from "@/lib/actions/ping";

const EVERY_MS = 5 * 60_000;

/** Tells a person when their session has ended (expired, signed out elsewhere, user removed). */
export function SessionWatcher() {
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    const check = () =>
      pingAction({})
        .then((r) => setEnded(!r.ok && r.error.code === "unauthenticated"))
        .catch(() => {}); // offline: say nothing, try again later
    const id = setInterval(check, EVERY_MS);
    window.addEventListener("focus", check);
    return () => {
      clearInterval(id);
      window.removeEventListener("focus", check);
    };
  }, []);
  if (!ended) return null;
  return (
    <div role="alert" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">
      Your session has ended.{" "}
      <a href="/signin" className="font-medium underline">
        Sign in again
      </a>{" "}
      to go on.
    </div>
  );
}
