#!/usr/bin/env node
// `npm run demo`: a local S3 with sample data, a demo user, and the console on http://localhost:3000.
// Ctrl-C stops the console and the S3 it started.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { consoleEnv } from "./console-env.mjs";
import { startLocalS3, stopLocalS3 } from "./local-s3/index.mjs";
import { seed } from "./seed.mjs";

const DIR = path.resolve(".demo");
const S3_DIR = path.join(DIR, "s3");
const PORT = Number(process.env.PORT ?? 3000);
const S3_PORT = Number(process.env.S3_PORT ?? 9000);
// The demo's people; examples/policy.yaml makes "demo" an admin and gives "erin" (group eng) the reports.
const USERS = [
  { name: "demo", password: "demo-password", groups: "" },
  { name: "erin", password: "erin-password", groups: "eng" },
];

fs.mkdirSync(DIR, { recursive: true });
console.log(`Starting a local S3 (OpenStack Swift + s3api) on 127.0.0.1:${S3_PORT} …`);
const conn = await startLocalS3({ dir: S3_DIR, port: S3_PORT });
await seed(conn);

const usersFile = path.join(DIR, "users.json");
const policyFile = path.join(DIR, "policy.yaml");
if (!fs.existsSync(policyFile)) fs.copyFileSync("examples/policy.yaml", policyFile);
const env = {
  ...process.env,
  ...consoleEnv(conn, { dir: DIR, usersFile }),
  S3SHARE_POLICY_FILE: policyFile,
  S3SHARE_DB: path.join(DIR, "console.db"),
};
if (!fs.existsSync(usersFile)) {
  for (const u of USERS) {
    spawnSync(process.execPath, ["bin/s3-share.mjs", "users", "add", u.name, "--groups", u.groups], { input: u.password + "\n", env, stdio: ["pipe", "inherit", "inherit"] });
  }
}

console.log("Building the console …");
const build = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { env, stdio: "inherit" });
if (build.status !== 0) {
  await stopLocalS3(S3_DIR);
  process.exit(build.status ?? 1);
}

const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT)], { env, stdio: "inherit" });
console.log(`
  S3 Share Console: http://localhost:${PORT}
  Sign in as "demo" (password "demo-password"), an admin who sees everything,
  or as "erin" (password "erin-password"), who may browse and share only demo/reports/.
  Who may do what: ${policyFile}
  Local S3 endpoint: ${conn.endpoint} (access key ${conn.accessKeyId})
  Ctrl-C stops both.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await stopLocalS3(S3_DIR);
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", stop);
