import "server-only";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { watchedFile } from "@/lib/watched-file";
import { parsePolicy, PolicyError } from "./file";
import type { PolicyContext } from "./index";
import type { Policy } from "./types";

const policyFile = watchedFile(parsePolicy, (file): Policy => {
  throw new PolicyError(`No policy file at ${file}: create one (see the README) or set S3SHARE_POLICY_FILE.`);
});

let lastGood: Policy | undefined;

/**
 * The policy in force. Checked at start-up (a bad file stops the console); afterwards an edit
 * applies at once, and an edit that breaks the file is logged and ignored until it is fixed.
 */
export function policyContext(): PolicyContext {
  try {
    lastGood = policyFile.read(config().policyFile);
  } catch (err) {
    if (!lastGood) throw err;
    log.error("policy.invalid", { file: config().policyFile, error: (err as Error).message, using: "the last valid policy" });
  }
  return { policy: lastGood, buckets: config().s3.buckets };
}
