import "server-only";
import { readUsers, UsersFileError } from "@/lib/auth/users";
import { config, ConfigError } from "@/lib/config";
import { log } from "@/lib/log";

/** Validates the configuration and the users file once, before the first request. */
export function checkStartup() {
  try {
    const c = config();
    const users = readUsers(c.usersFile);
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
    });
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsersFileError) {
      console.error(`\nS3 Share Console cannot start.\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
