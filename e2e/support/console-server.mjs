// Starts the built console (`next start`) with a given environment, for browser tests.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { consoleEnv } from "../../scripts/console-env.mjs";
import { startLocalS3 } from "../../scripts/local-s3/index.mjs";
import { seed } from "../../scripts/seed.mjs";

export const TMP = path.resolve("e2e/.tmp");
export const S3_DIR = path.resolve(".test-s3");

/** People of the browser tests: name → [password, groups]. See e2e/support/policy.yaml. */
export const USERS = {
  alice: ["alice-password-1", []],
  bob: ["bob-password-22", ["eng"]],
  dave: ["dave-password-333", ["viewers"]],
};
export const POLICY_FILE = path.resolve("e2e/support/policy.yaml");

export async function testStore() {
  const conn = await startLocalS3({ dir: S3_DIR });
  await seed(conn);
  return conn;
}

/** Writes the users file anew unless it holds exactly USERS with their groups (hashing is slow). */
export function ensureUsers(usersFile) {
  const want = JSON.stringify(Object.entries(USERS).map(([name, [, groups]]) => [name, groups]));
  const have = fs.existsSync(usersFile)
    ? JSON.stringify(JSON.parse(fs.readFileSync(usersFile, "utf8")).users.map((u) => [u.username, u.groups]))
    : "";
  if (want === have) return;
  fs.rmSync(usersFile, { force: true });
  for (const [name, [password, groups]] of Object.entries(USERS)) {
    const r = spawnSync(process.execPath, ["bin/s3-share.mjs", "users", "add", name, "--groups", groups.join(",")], {
      input: password + "\n",
      env: { ...process.env, S3SHARE_USERS_FILE: usersFile },
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`could not add user ${name}: ${r.stderr}`);
  }
}

/**
 * `next start` on `port`, logging to e2e/.tmp/<name>.log. `env` overrides the environment that
 * points it at the test store.
 */
/** Fails fast when something (say, a console left over from an aborted run) holds the port. */
async function assertPortFree(port) {
  try {
    await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(1000) });
  } catch {
    return;
  }
  throw new Error(`port ${port} is in use: stop whatever listens there first`);
}

export async function startConsole({ name, port, conn, env = {}, keepDb = false }) {
  await assertPortFree(port);
  fs.mkdirSync(TMP, { recursive: true });
  const usersFile = path.join(TMP, "users.json");
  ensureUsers(usersFile);
  const logFile = path.join(TMP, `${name}.log`);
  const dbFile = path.join(TMP, `${name}.db`);
  if (!keepDb) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  const out = fs.openSync(logFile, "w");
  const fullEnv = {
    ...process.env,
    ...consoleEnv(conn, { dir: TMP, usersFile }),
    S3SHARE_POLICY_FILE: POLICY_FILE,
    S3SHARE_DB: dbFile,
    ...env,
  };
  for (const [k, v] of Object.entries(fullEnv)) if (v === undefined) delete fullEnv[k];
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
    env: fullEnv,
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`console ${name} exited: ${fs.readFileSync(logFile, "utf8")}`);
    try {
      if ((await fetch(`${url}/signin`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`console ${name} did not start; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    logFile,
    dbFile,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}
