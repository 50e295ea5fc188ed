"use client";
import { ErrorPanel } from "@/components/ui/ErrorPanel";
import { Button } from "@/components/ui/Button";

/** Last resort for an unexpected failure: a message and a retry, never a stack trace. */
export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4">
      <ErrorPanel title="Something went wrong.">This page could not be shown. Try again in a moment.</ErrorPanel>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
