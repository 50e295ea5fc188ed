import "server-only";
import { readUsers, UsersFileError } from "@/lib/auth/users";
import { config, ConfigError, parseConfig } from "@/lib/config";
import { database } from "@/lib/db";
import { log } from "@/lib/log";
import { PolicyError } from "@/lib/policy/file";
import { policyContext } from "@/lib/policy/load";

/** Validates the configuration, the users file and the policy, and migrates the database, before the first request. */
export function checkStartup() {
  try {
    parseConfig(process.env); // with AUTH_SECRET, which the console needs
    const c = config();
    const users = readUsers(c.usersFile);
    const { policy } = policyContext();
    database(); // opens the audit log and runs its migrations
    if (users.length === 0) {
      log.warn("startup.no-users", { usersFile: c.usersFile, hint: "add one with: npm run users -- add NAME" });
    }
    log.info("startup", {
      endpoint: c.s3.endpoint ?? "AWS default",
      publicEndpoint: c.s3.publicEndpoint,
      region: c.s3.region,
      forcePathStyle: c.s3.forcePathStyle,
      buckets: c.s3.buckets,
      users: users.length,
      policy: { file: c.policyFile, admins: policy.admins.length, rules: policy.rules.length },
      db: c.dbFile,
    });
  } catch (err) {
    const known = err instanceof ConfigError || err instanceof UsersFileError || err instanceof PolicyError;
    const message = known ? (err as Error).message : `Cannot open the database at ${config().dbFile}: ${(err as Error).message}`;
    console.error(`\nS3 Share Console cannot start.\n${message}\n`);
    process.exit(1);
  }
}
